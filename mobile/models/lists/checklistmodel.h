#pragma once

#include "core/inspectionprogress.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The items of an inspection's checklist in template order, each with the answer in force
// (the head of its chain of superseding answers), its note and the photos taken of it.
// answer() writes through the InspectionService: a changed answer is a new row that
// supersedes the old one.
class ChecklistModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("The checklist comes from an InspectionController")
    Q_PROPERTY(
        QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY inspectionIdChanged)
    // "zh_CN" shows the Chinese text of the items, anything else the English.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        TextRole,
        SeverityRole,
        AnswerRole, // compliant / non_compliant / not_applicable, empty when unanswered
        NoteRole,
        PhotoCountRole,
        AnsweredRole,
        // Non-compliant with neither a note nor a photo of the item: submission waits for one.
        NeedsNoteOrPhotoRole,
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit ChecklistModel(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // value: compliant, non_compliant or not_applicable.
    Q_INVOKABLE bool answer(
        const QString &itemCode, const QString &value, const QString &note = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void inspectionIdChanged();
    void languageChanged();
    void countChanged();
    void lastErrorChanged();
    void recorded();

private:
    struct Row
    {
        mobile::InspectionDetail::Item item;
    };

    QString m_inspectionId;
    QString m_language = UiLanguage::instance().current();
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace outfall::models

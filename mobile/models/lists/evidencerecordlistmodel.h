#pragma once

#include "core/evidenceproofs.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The signed records of one inspection (the inspection page) or of the whole tablet (the
// Evidence page, inspectionId empty), each with its state: signed on this tablet, or logged
// on the server (a receipt held, checked when it came: docs/evidence.md 4).
class EvidenceRecordListModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int loggedCount READ loggedCount NOTIFY countChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        WhatRole, // "Measurement", "Correction of a photo", "Submission"…
        SeqRole, // the device's chain position
        SignedAtTextRole,
        StateRole, // "signed" or "logged"
        StateTextRole, // "Signed on this tablet" / "Logged on the server"
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit EvidenceRecordListModel(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &id);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int loggedCount() const;
    QString summary() const; // "5 records: 3 logged on the server, 2 signed on this tablet"

    // The evidence row's kind in words, for the record's entity and kind.
    static QString whatText(int entity, int kind);
    static QString stateText(mobile::EvidenceIntegrity::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void languageChanged();

private:
    void sessionAttached() override;
    QString m_inspectionId;
    QList<mobile::EvidenceProofs::Entry> m_rows;
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models

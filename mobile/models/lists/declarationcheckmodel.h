#pragma once

#include "core/declarationchecks.h"
#include "models/controllers/positioncontroller.h"
#include "models/session/sessionbound.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The inspection page of an application (a pre-issuance inspection; no rows for another
// inspection): its declarations, one row each (declared outlets, treatment facilities, the
// production capacity, the prohibited zones), with what was declared, the check in force and
// whether it matches. The page's buttons call the record functions; each writes a declaration_check
// through the device core (mobile::DeclarationChecks: offline, synced as evidence) and the rows
// reload. A refusal is `lastError`, never an exception into QML.
class DeclarationCheckModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY countChanged)
    // The permit the page is about: whether it is an application (status `application`), so
    // the page starts a pre-issuance inspection of it.
    Q_PROPERTY(QString permitId READ permitId WRITE setPermitId NOTIFY permitIdChanged)
    Q_PROPERTY(bool isApplication READ isApplication NOTIFY permitIdChanged)
    Q_PROPERTY(PositionController *position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int checked READ checked NOTIFY countChanged)
    Q_PROPERTY(int mismatches READ mismatches NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // outlet, facility, capacity, zone
        KindTextRole,
        CodeRole,
        NameRole,
        DeclaredRole, // what was declared, as text
        StateRole, // unchecked, matches, mismatch
        StateTextRole, // the check in force in a sentence
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit DeclarationCheckModel(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QString permitId() const { return m_permitId; }
    void setPermitId(const QString &permitId);
    bool isApplication() const { return m_isApplication; }
    PositionController *position() const { return m_position; }
    void setPosition(PositionController *position);
    int checked() const;
    int mismatches() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row `row` must be a declared outlet: found at the position source's current fix, or not
    // found.
    Q_INVOKABLE bool recordOutlet(int row, bool found);
    Q_INVOKABLE bool recordFacility(int row, bool found, bool running);
    Q_INVOKABLE bool recordCapacity(double value, const QString &unit);
    Q_INVOKABLE bool recordZone(bool outsideZones);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void permitIdChanged();
    void positionChanged();
    void lastErrorChanged();
    void recorded();

private:
    QString stateText(const mobile::DeclarationChecks::Declaration &decl) const;
    template<typename Action>
    bool record(Action &&action);

    QString m_inspectionId;
    QString m_permitId;
    bool m_isApplication = false;
    QPointer<PositionController> m_position;
    QList<mobile::DeclarationChecks::Declaration> m_rows;
    double m_declaredCapacity = 0;
    QString m_lastError;
};

} // namespace outfall::models

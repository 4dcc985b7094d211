#pragma once

#include "models/session/sessionbound.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace outfall::models {

// What the record states before anyone signs it (issue 9, the law's own shape): the team of
// inspectors, two or more holding enforcement certificates (《环境行政处罚办法》), the second
// chosen from the inspectors the device knows; and the production state seen on site
// (running, partial with its load, stopped), since a plant reported shut down but seen running
// is a finding. The core checks and writes (mobile::InspectionService); this says it back.
class InspectionTeamController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("The team comes from an InspectionController")
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY changed)
    // {inspectorId, name, code, certificateNo, lead}, the lead first.
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    // Who can join: {inspectorId, label ("林晓燕 · 执法证 44030620200027")}, by name; also as
    // {value, text}, the shape OfComboBox takes (without them it showed nothing and added
    // nobody: "Choose the inspector to add.").
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY changed)
    Q_PROPERTY(bool teamComplete READ teamComplete NOTIFY changed)
    // Why signing waits for the team ("at least two inspectors…"); empty when complete.
    Q_PROPERTY(QString teamShortfall READ teamShortfall NOTIFY changed)
    // running / partial / stopped; empty until recorded.
    Q_PROPERTY(QString productionState READ productionState NOTIFY changed)
    Q_PROPERTY(QString productionLoadText READ productionLoadText NOTIFY changed)
    // The state as a sentence in the UI language ("Partial production, 60 % load").
    Q_PROPERTY(QString productionText READ productionText NOTIFY changed)
    // Members may join and the production state may change: in progress, before signing.
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // lastError, shown once: beside the team when adding or removing failed, beside the
    // production when recording it failed (both cards used to show every error).
    Q_PROPERTY(QString teamError READ teamError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString productionError READ productionError NOTIFY lastErrorChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit InspectionTeamController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QVariantList members() const { return m_members; }
    QVariantList candidates() const { return m_candidates; }
    bool teamComplete() const;
    QString teamShortfall() const;
    QString productionState() const { return m_productionState; }
    QString productionLoadText() const;
    QString productionText() const;
    bool editable() const { return m_editable; }
    QString lastError() const { return m_lastError; }
    QString teamError() const { return m_productionFailed ? QString() : m_lastError; }
    QString productionError() const { return m_productionFailed ? m_lastError : QString(); }

    Q_INVOKABLE bool addInspector(const QString &inspectorId);
    // Takes a member added by mistake off the team (not the lead): while the addition has
    // not been synced and nobody has signed; otherwise refused with the reason.
    Q_INVOKABLE bool removeInspector(const QString &inspectorId);
    // loadText: the load in percent as typed ("60", "60.5", "60,5"); required for partial.
    Q_INVOKABLE bool recordProduction(const QString &state, const QString &loadText);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();
    void recorded();
    void lastErrorChanged();

private:
    bool finish(bool ok, const QString &error);

    QString m_inspectionId;
    QVariantList m_members;
    QVariantList m_candidates;
    QString m_productionState;
    std::optional<double> m_productionLoadPct;
    bool m_editable = false;
    QString m_lastError;
    bool m_productionFailed = false; // lastError is about the production, else the team
};

} // namespace outfall::models

#include "models/controllers/inspectionteamcontroller.h"

#include "core/inspectionprogress.h"
#include "models/controllers/actionattempt.h"
#include "models/session/uilanguage.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

InspectionTeamController::InspectionTeamController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    // The sentences (shortfall, production, candidate labels) are said in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &InspectionTeamController::reload);
    setAppSession(session);
}

void InspectionTeamController::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    reload();
}

void InspectionTeamController::reload()
{
    m_members.clear();
    m_candidates.clear();
    m_productionState.clear();
    m_productionLoadPct.reset();
    m_editable = false;
    AppSession *app = appSession();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    if (detail) {
        for (const mobile::TeamMember &member : detail->team) {
            m_members.append(QVariantMap {{u"inspectorId"_s, member.inspectorId},
                {u"name"_s, member.name}, {u"code"_s, member.code},
                {u"certificateNo"_s, member.certificateNo}, {u"lead"_s, member.lead}});
        }
        const mobile::InspectionRecords records(app->database());
        if (const auto row = records.find(m_inspectionId)) {
            for (const mobile::TeamMember &candidate : records.teamCandidates(*row)) {
                const QString label =
                    tr("%1 · certificate %2").arg(candidate.name, candidate.certificateNo);
                // value and text: what the page's drop-down (OfComboBox) shows and returns.
                m_candidates.append(QVariantMap {{u"inspectorId"_s, candidate.inspectorId},
                    {u"label"_s, label}, {u"value"_s, candidate.inspectorId}, {u"text"_s, label}});
            }
        }
        m_productionState = detail->productionLoad;
        m_productionLoadPct = detail->productionLoadPct;
        const bool anySigned = std::any_of(detail->signatures.begin(), detail->signatures.end(),
            [](const auto &signature) { return !signature.voided; });
        m_editable = detail->summary.status == u"in_progress" && !anySigned;
    }
    Q_EMIT changed();
}

bool InspectionTeamController::teamComplete() const
{
    return m_members.size() >= mobile::InspectionRecords::kMinimumTeam;
}

QString InspectionTeamController::teamShortfall() const
{
    if (m_inspectionId.isEmpty() || teamComplete())
        return {};
    return tr("The law wants at least two inspectors holding enforcement certificates on an "
              "inspection (《环境行政处罚办法》). Add the second inspector before anyone signs.");
}

QString InspectionTeamController::productionLoadText() const
{
    return m_productionLoadPct ? QLocale().toString(*m_productionLoadPct, 'g', 4) : QString();
}

QString InspectionTeamController::productionText() const
{
    if (m_productionState == u"running")
        return m_productionLoadPct ? tr("Running, %1 % load").arg(productionLoadText())
                                   : tr("Running");
    if (m_productionState == u"partial")
        return tr("Partial production, %1 % load").arg(productionLoadText());
    if (m_productionState == u"stopped")
        return tr("Stopped (shut down)");
    return {};
}

bool InspectionTeamController::finish(bool ok, const QString &error)
{
    return finishAction(*this, m_lastError, ok, error);
}

bool InspectionTeamController::addInspector(const QString &inspectorId)
{
    m_productionFailed = false;
    if (inspectorId.isEmpty())
        return finish(false, tr("Choose the inspector to add."));
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
        service.addInspector(m_inspectionId, inspectorId);
    });
    return finish(ok, error);
}

bool InspectionTeamController::removeInspector(const QString &inspectorId)
{
    m_productionFailed = false;
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
        service.removeInspector(m_inspectionId, inspectorId);
    });
    return finish(ok, error);
}

bool InspectionTeamController::recordProduction(const QString &state, const QString &loadText)
{
    m_productionFailed = true;
    std::optional<double> load;
    const QString typed = loadText.trimmed();
    if (!typed.isEmpty()) {
        bool number = false;
        const double value =
            QString(typed).replace(u',', u'.').remove(u'%').trimmed().toDouble(&number);
        if (!number)
            return finish(false, tr("The load is a number of percent, such as 60."));
        load = value;
    }
    if (state == u"partial" && !load)
        return finish(false, tr("Enter the load in percent that the representative states."));
    if (state == u"stopped")
        load.reset(); // a load typed before choosing "stopped" does not apply
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
        service.recordProduction(m_inspectionId, state, load);
    });
    return finish(ok, error);
}

} // namespace outfall::models

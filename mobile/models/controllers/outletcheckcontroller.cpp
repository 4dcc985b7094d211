#include "models/controllers/outletcheckcontroller.h"

#include "core/inspectionrecords.h"
#include "core/preferences.h"
#include "domain/geodesy.h"
#include "models/controllers/actionattempt.h"
#include "models/controllers/positioncontroller.h"

#include <QVariantMap>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

OutletCheckController::OutletCheckController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    setAppSession(session);
}

void OutletCheckController::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    m_outlets.clear();
    m_site = {};
    cancelFar();
    if (AppSession *app = appSession(); app && !inspectionId.isEmpty()) {
        if (const auto row = mobile::InspectionRecords(app->database()).find(inspectionId)) {
            if (const auto permit = mobile::PermitDetails(app->database()).load(row->permitId))
                m_outlets = permit->outlets;
            m_site = mobile::SiteGeometry::load(app->database(), row->permitId);
        }
    }
    Q_EMIT outletsChanged();
    setOutletCode(m_outlets.isEmpty() ? QString() : m_outlets.first().code);
}

void OutletCheckController::setPosition(PositionController *position)
{
    if (m_position)
        disconnect(m_position, nullptr, this, nullptr);
    m_position = position;
    if (position) {
        connect(position, &PositionController::positionChanged, this,
            &OutletCheckController::takeFromSource);
    }
}

QVariantList OutletCheckController::outlets() const
{
    QVariantList list;
    for (const auto &outlet : m_outlets) {
        list.append(QVariantMap {{u"code"_s, outlet.code}, {u"name"_s, outlet.name},
            {u"medium"_s, outlet.medium}, {u"lat"_s, outlet.lat}, {u"lon"_s, outlet.lon}});
    }
    return list;
}

const mobile::OutletDetail *OutletCheckController::outlet() const
{
    for (const auto &outlet : m_outlets) {
        if (outlet.code == m_outletCode)
            return &outlet;
    }
    return nullptr;
}

void OutletCheckController::setOutletCode(const QString &code)
{
    if (code == m_outletCode)
        return;
    m_outletCode = code;
    Q_EMIT outletCodeChanged();
    Q_EMIT fixesChanged(); // the distance refers to the chosen outlet
}

void OutletCheckController::setSampleTarget(int target)
{
    target = std::clamp(target, 1, 60);
    if (target == m_sampleTarget)
        return;
    m_sampleTarget = target;
    Q_EMIT sampleTargetChanged();
}

double OutletCheckController::thresholdM() const
{
    AppSession *app = appSession();
    return app ? app->session().preferences().gpsAccuracyThresholdM()
               : mobile::Preferences::kDefaultGpsThresholdM;
}

double OutletCheckController::accuracyM() const
{
    return m_average ? m_average->position.accuracyM : kNaN;
}

double OutletCheckController::distanceM() const
{
    const mobile::OutletDetail *chosen = outlet();
    if (!m_average || !chosen)
        return kNaN;
    return domain::Geodesy::haversineM(
        m_average->position.lat, m_average->position.lon, chosen->lat, chosen->lon);
}

double OutletCheckController::spreadM() const
{
    return m_average ? m_average->spreadM : kNaN;
}

std::optional<mobile::SiteGeometry::OutletOffset> OutletCheckController::offset() const
{
    if (!m_average)
        return std::nullopt;
    return m_site.outletOffset(m_average->position, m_outletCode);
}

bool OutletCheckController::offsetFinding() const
{
    const auto o = offset();
    return o && o->finding;
}

namespace {

QString offsetText(const mobile::SiteGeometry::OutletOffset &o)
{
    QStringList parts;
    if (o.finding)
        parts << OutletCheckController::tr("Finding: %1 m from the permitted position of %2, more"
                                           " than the %3 m allowed at this accuracy.")
                     .arg(QString::number(o.distanceM, 'f', 1), o.outletCode,
                         QString::number(o.limitM, 'f', 0));
    if (!o.nearerCode.isEmpty())
        parts << OutletCheckController::tr("Outlet %1 (%2) is nearer: %3 m. Is that the outlet"
                                           " you are standing at?")
                     .arg(o.nearerCode, o.nearerName, QString::number(o.nearerDistanceM, 'f', 1));
    return parts.join(u' ');
}

} // namespace

QString OutletCheckController::findingText() const
{
    const auto o = offset();
    return o && !m_sampling ? offsetText(*o) : QString();
}

int OutletCheckController::rejected() const
{
    if (m_average)
        return m_average->rejected;
    return sampleCount();
}

QString OutletCheckController::summary() const
{
    if (m_sampling)
        return tr("Taking fixes: %1 of %2. Hold the tablet still at the outlet.")
            .arg(sampleCount())
            .arg(m_sampleTarget);
    if (!m_average)
        return {};
    QString text = tr("Averaged %n fix(es): accurate to %1 m", "", m_average->accepted)
                       .arg(QString::number(m_average->position.accuracyM, 'f', 1));
    if (m_average->rejected > 0)
        text += tr(" (%n too poor, left out)", "", m_average->rejected);
    if (m_average->accepted > 1)
        text += tr(", spread %1 m").arg(QString::number(m_average->spreadM, 'f', 1));
    if (const double distance = distanceM(); std::isfinite(distance))
        text += tr("; %1 m from the permitted position of %2")
                    .arg(QString::number(distance, 'f', 1), m_outletCode);
    return text;
}

void OutletCheckController::startSampling()
{
    cancelFar();
    m_fixes.clear();
    m_average.reset();
    m_refusal.clear();
    m_sampling = true;
    Q_EMIT fixesChanged();
}

void OutletCheckController::cancelSampling()
{
    m_sampling = false;
    evaluate();
}

void OutletCheckController::takeFromSource()
{
    if (!m_sampling || !m_position)
        return;
    if (const auto fix = m_position->sample())
        addFix(*fix);
}

void OutletCheckController::addFix(const mobile::PositionSample &fix)
{
    if (!fix.problem().isEmpty())
        return; // not a position (no accuracy, out of range): not a fix to average
    m_fixes.push_back(fix);
    if (sampleCount() >= m_sampleTarget)
        m_sampling = false;
    evaluate();
}

void OutletCheckController::evaluate()
{
    // The same averaging InspectionService::fix applies when recording.
    m_average = m_fixes.empty() ? std::nullopt : mobile::PositionAverage::of(m_fixes, thresholdM());
    m_refusal.clear();
    if (!m_sampling && !m_fixes.empty() && !m_average) {
        double best = std::numeric_limits<double>::infinity();
        for (const auto &fix : m_fixes)
            best = std::min(best, fix.accuracyM);
        m_refusal = tr("Refused: every fix was worse than the %1 m threshold (best %2 m). Move "
                       "away from walls and roofs and try again.")
                        .arg(thresholdM())
                        .arg(QString::number(best, 'f', 1));
    } else if (!m_sampling && m_average && !m_average->steady()) {
        m_refusal = tr("Refused: the fixes moved or scattered over %1 m (2-sigma spread); %2 m is"
                       " the most their accuracy allows. Stand still at the outlet and take them"
                       " again.")
                        .arg(QString::number(m_average->spreadM, 'f', 1),
                            QString::number(m_average->spreadLimitM, 'f', 1));
    }
    Q_EMIT fixesChanged();
}

bool OutletCheckController::finish(
    bool ok, const QString &error, const QString &recordedText, bool finding)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
    if (ok) {
        m_lastRecorded = recordedText;
        m_lastRecordedFinding = finding;
        m_fixes.clear();
        m_average.reset();
        Q_EMIT fixesChanged();
        Q_EMIT recorded();
    }
    return ok;
}

// attemptAction, except that a refusal as far from the site is kept for confirmation
// (farConfirmation) instead of being an error.
template<typename Action>
bool OutletCheckController::attemptRecord(QString &error, Action &&action)
{
    QString far;
    const bool ok = attemptAskingFar(appSession(), error, far, std::forward<Action>(action));
    if (far != m_farConfirmation) {
        m_farConfirmation = far;
        Q_EMIT lastErrorChanged();
    }
    return ok;
}

static QString farText(const mobile::SiteGeometry::Distance &site)
{
    return site.far() ? OutletCheckController::tr(" Recorded as far from the site (%1 m).")
                            .arg(QString::number(site.distanceM.value_or(0), 'f', 0))
                      : QString();
}

bool OutletCheckController::record()
{
    m_farUndeclared.reset();
    return recordCheck(false);
}

bool OutletCheckController::recordCheck(bool farConfirmed)
{
    QString error;
    QString text;
    bool finding = false;
    if (m_sampling || m_fixes.empty())
        return finish(false, tr("Take the fixes first."), {});
    const bool ok = attemptRecord(error, [&](mobile::InspectionService &service) {
        const auto fixed = service.fix(m_inspectionId, m_outletCode, m_fixes, farConfirmed);
        text = tr("Recorded %1: %2 m from the permitted position, accurate to %3 m.")
                   .arg(fixed.outletCode, QString::number(fixed.distanceM, 'f', 1),
                       QString::number(fixed.fix.position.accuracyM, 'f', 1));
        if (const QString findings = offsetText(fixed.offset); !findings.isEmpty())
            text += u' ' + findings;
        text += farText(fixed.site);
        finding = fixed.offset.finding || !fixed.offset.nearerCode.isEmpty() || fixed.site.far();
    });
    return finish(ok, error, text, finding);
}

bool OutletCheckController::recordUndeclared(const QString &medium, const QString &description)
{
    m_farUndeclared = std::pair(medium, description);
    return recordUndeclaredOutlet(medium, description, false);
}

bool OutletCheckController::recordUndeclaredOutlet(
    const QString &medium, const QString &description, bool farConfirmed)
{
    QString error;
    QString text;
    bool far = false;
    if (m_sampling || m_fixes.empty())
        return finish(false, tr("Take the fixes first."), {});
    const bool ok = attemptRecord(error, [&](mobile::InspectionService &service) {
        const auto result = service.recordUndeclaredOutlet(
            m_inspectionId, medium, description, m_fixes, farConfirmed);
        text = tr("Recorded an undeclared outlet at %1, %2 (accurate to %3 m).")
                   .arg(QString::number(result.fix.position.lat, 'f', 6),
                       QString::number(result.fix.position.lon, 'f', 6),
                       QString::number(result.fix.position.accuracyM, 'f', 1))
            + farText(result.site);
        far = result.site.far();
    });
    return finish(ok, error, text, far);
}

bool OutletCheckController::confirmFar()
{
    if (m_farConfirmation.isEmpty())
        return false;
    if (m_farUndeclared) {
        const auto [medium, description] = *m_farUndeclared;
        return recordUndeclaredOutlet(medium, description, true);
    }
    return recordCheck(true);
}

void OutletCheckController::cancelFar()
{
    m_farUndeclared.reset();
    if (m_farConfirmation.isEmpty())
        return;
    m_farConfirmation.clear();
    Q_EMIT lastErrorChanged();
}

} // namespace outfall::models

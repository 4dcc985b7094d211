#include "models/outletcheckcontroller.h"

#include "core/inspectionrecords.h"
#include "core/preferences.h"
#include "domain/geodesy.h"
#include "models/actionattempt.h"
#include "models/positioncontroller.h"

#include <QVariantMap>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

OutletCheckController::OutletCheckController(QObject *parent)
    : QObject(parent)
{ }

void OutletCheckController::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    m_outlets.clear();
    if (AppSession *app = AppSession::instance(); app && !inspectionId.isEmpty()) {
        if (const auto row = mobile::InspectionRecords(app->database()).find(inspectionId)) {
            if (const auto permit = mobile::PermitDetails(app->database()).load(row->permitId))
                m_outlets = permit->outlets;
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
    AppSession *app = AppSession::instance();
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
    if (const double distance = distanceM(); std::isfinite(distance))
        text += tr("; %1 m from the permitted position of %2")
                    .arg(QString::number(distance, 'f', 1), m_outletCode);
    return text;
}

void OutletCheckController::startSampling()
{
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
    }
    Q_EMIT fixesChanged();
}

bool OutletCheckController::finish(bool ok, const QString &error, const QString &recordedText)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
    if (ok) {
        m_lastRecorded = recordedText;
        m_fixes.clear();
        m_average.reset();
        Q_EMIT fixesChanged();
        Q_EMIT recorded();
    }
    return ok;
}

bool OutletCheckController::record()
{
    QString error;
    QString text;
    if (m_sampling || m_fixes.empty())
        return finish(false, tr("Take the fixes first."), {});
    const bool ok = attemptAction(error, [&](mobile::InspectionService &service) {
        const auto fixed = service.fix(m_inspectionId, m_outletCode, m_fixes);
        text = tr("Recorded %1: %2 m from the permitted position, accurate to %3 m.")
                   .arg(fixed.outletCode, QString::number(fixed.distanceM, 'f', 1),
                       QString::number(fixed.fix.position.accuracyM, 'f', 1));
    });
    return finish(ok, error, text);
}

bool OutletCheckController::recordUndeclared(const QString &medium, const QString &description)
{
    QString error;
    QString text;
    if (m_sampling || m_fixes.empty())
        return finish(false, tr("Take the fixes first."), {});
    const bool ok = attemptAction(error, [&](mobile::InspectionService &service) {
        const auto result =
            service.recordUndeclaredOutlet(m_inspectionId, medium, description, m_fixes);
        text = tr("Recorded an undeclared outlet at %1, %2 (accurate to %3 m).")
                   .arg(QString::number(result.fix.position.lat, 'f', 6),
                       QString::number(result.fix.position.lon, 'f', 6),
                       QString::number(result.fix.position.accuracyM, 'f', 1));
    });
    return finish(ok, error, text);
}

} // namespace outfall::models

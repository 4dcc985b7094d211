#include "models/positioncontroller.h"

#include "demo/nmearoute.h"

#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QQmlEngine>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {
QString s_defaultReplayFile;
}

PositionController::PositionController(QObject *parent)
    : QObject(parent)
{ }

PositionController::~PositionController() = default;

void PositionController::setDefaultReplayFile(const QString &path)
{
    s_defaultReplayFile = path;
}

PositionController *PositionController::create(QQmlEngine *, QJSEngine *)
{
    auto *controller = new PositionController(nullptr);
    if (!s_defaultReplayFile.isEmpty()) {
        auto *file = new QFile(s_defaultReplayFile);
        if (file->open(QIODevice::ReadOnly)) {
            controller->replay(file);
        } else {
            controller->m_error = tr("Cannot read the NMEA log %1.").arg(s_defaultReplayFile);
            delete file;
        }
    } else {
        controller->useSystemSource();
    }
    return controller;
}

double PositionController::accuracyM() const
{
    if (!m_last.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        return std::numeric_limits<double>::quiet_NaN();
    return m_last.attribute(QGeoPositionInfo::HorizontalAccuracy);
}

std::optional<mobile::PositionSample> PositionController::sample() const
{
    const double accuracy = accuracyM();
    if (!valid() || !std::isfinite(accuracy))
        return std::nullopt;
    return mobile::PositionSample {latitude(), longitude(), accuracy};
}

void PositionController::setPosition(const QGeoPositionInfo &info)
{
    m_last = info;
    Q_EMIT positionChanged();
}

void PositionController::replay(QIODevice *device)
{
    // Simulation mode paces the fixes by their NMEA timestamps (1 Hz for our logs). Qt 6.4's
    // real-time mode delivers nothing from a file that holds all its data already.
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    device->setParent(source);
    source->setUserEquivalentRangeError(demo::NmeaRoute::kUereMetres);
    source->setDevice(device);
    const auto *file = qobject_cast<QFile *>(device);
    attach(source,
        tr("NMEA replay: %1").arg(file ? QFileInfo(file->fileName()).fileName() : u"log"_s));
}

bool PositionController::useSystemSource()
{
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        m_error = tr("This device has no position source. Positions cannot be recorded.");
        Q_EMIT sourceChanged();
        return false;
    }
    source->setUpdateInterval(1000);
    attach(source, tr("Device GPS (%1)").arg(source->sourceName()));
    return true;
}

void PositionController::attach(QGeoPositionInfoSource *source, const QString &description)
{
    if (m_source)
        m_source->deleteLater();
    m_source = source;
    m_description = description;
    m_error.clear();
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
        [this](const QGeoPositionInfo &info) { setPosition(info); });
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            // ClosedError is the end of a replayed log: keep the last fix.
            if (error != QGeoPositionInfoSource::ClosedError) {
                m_error = tr("Position source error %1.").arg(int(error));
                Q_EMIT sourceChanged();
            }
        });
    source->startUpdates();
    Q_EMIT sourceChanged();
}

} // namespace outfall::models

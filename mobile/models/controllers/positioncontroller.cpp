#include "models/controllers/positioncontroller.h"

#include "domain/gnssaccuracy.h"
#include "models/session/uilanguage.h"

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
{
    // The source's description and error are sentences: said again in a new UI language.
    connect(
        &UiLanguage::instance(), &UiLanguage::changed, this, &PositionController::sourceChanged);
}

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
            controller->setError([file = s_defaultReplayFile] {
                return tr("Cannot read the NMEA log %1.").arg(file);
            });
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
    source->setUserEquivalentRangeError(domain::GnssAccuracy::kUereMetres);
    source->setDevice(device);
    const auto *file = qobject_cast<QFile *>(device);
    attach(source, [name = file ? QFileInfo(file->fileName()).fileName() : u"log"_s] {
        return tr("NMEA replay: %1").arg(name);
    });
}

bool PositionController::useSystemSource()
{
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        setError(
            [] { return tr("This device has no position source. Positions cannot be recorded."); });
        return false;
    }
    source->setUpdateInterval(1000);
    attach(source, [name = source->sourceName()] { return tr("Device GPS (%1)").arg(name); });
    return true;
}

void PositionController::setError(Sentence error)
{
    m_error = std::move(error);
    Q_EMIT sourceChanged();
}

void PositionController::attach(QGeoPositionInfoSource *source, Sentence description)
{
    if (m_source)
        m_source->deleteLater();
    m_source = source;
    m_description = std::move(description);
    m_error = nullptr;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
        [this](const QGeoPositionInfo &info) { setPosition(info); });
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            // ClosedError is the end of a replayed log: keep the last fix.
            if (error != QGeoPositionInfoSource::ClosedError)
                setError([error] { return tr("Position source error %1.").arg(int(error)); });
        });
    source->startUpdates();
    Q_EMIT sourceChanged();
}

} // namespace outfall::models

#pragma once

#include "core/positionsample.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QGeoPositionInfoSource;
class QIODevice;
class QQmlEngine;
class QJSEngine;

namespace outfall::models {

// The tablet's position for every page: latitude, longitude and — always — the horizontal
// accuracy, so no page can show or store a position without it. The source is the device's
// GPS (Qt Positioning's default source) or, for the demo and tests, an NMEA log replayed
// at its recorded pace.
class PositionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool valid READ valid NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    Q_PROPERTY(double accuracyM READ accuracyM NOTIFY positionChanged)
    Q_PROPERTY(QDateTime timestamp READ timestamp NOTIFY positionChanged)
    Q_PROPERTY(QString sourceDescription READ sourceDescription NOTIFY sourceChanged)
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)

public:
    // No default argument: Qt 6.4 builds a default-constructible singleton with its
    // constructor and never calls create(), which picks the source (and --nmea's replay).
    explicit PositionController(QObject *parent);
    ~PositionController() override;
    static PositionController *create(QQmlEngine *, QJSEngine *);

    // Set before QML loads (main's --nmea FILE): the singleton then replays that log.
    static void setDefaultReplayFile(const QString &path);

    // Replays NMEA from `device` (taken over) at its recorded pace. Qt reports the horizontal
    // accuracy as 2 × HDOP × UERE (domain/gnssaccuracy.h).
    void replay(QIODevice *device);
    bool useSystemSource();

    bool valid() const { return m_last.isValid(); }
    double latitude() const { return m_last.coordinate().latitude(); }
    double longitude() const { return m_last.coordinate().longitude(); }
    // NaN when the source does not say: such a fix must be treated as unusable.
    double accuracyM() const;
    QDateTime timestamp() const { return m_last.timestamp(); }
    QString sourceDescription() const { return m_description ? m_description() : QString(); }
    QString error() const { return m_error ? m_error() : QString(); }

    // The last fix as the inspection core takes it; nullopt without a fix or without a
    // stated accuracy (such a fix is not a position).
    std::optional<mobile::PositionSample> sample() const;
    // Takes `info` as the newest fix, as if the source had reported it (tests, screenshots).
    void setPosition(const QGeoPositionInfo &info);

Q_SIGNALS:
    void positionChanged();
    void sourceChanged();

private:
    using Sentence = std::function<QString()>; // said in the UI language when read
    void attach(QGeoPositionInfoSource *source, Sentence description);
    void setError(Sentence error);

    QPointer<QGeoPositionInfoSource> m_source;
    QGeoPositionInfo m_last;
    Sentence m_description;
    Sentence m_error;
};

} // namespace outfall::models

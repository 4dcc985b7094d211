#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The Settings page's state: the profile's Preferences, with the reason a value was
// refused so the page can say it next to the field.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double gpsAccuracyThresholdM READ gpsAccuracyThresholdM NOTIFY changed)
    Q_PROPERTY(int photoUploadMaxEdgePx READ photoUploadMaxEdgePx NOTIFY changed)
    Q_PROPERTY(QString serverEndpoint READ serverEndpoint NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit SettingsController(QObject *parent = nullptr);

    double gpsAccuracyThresholdM() const;
    int photoUploadMaxEdgePx() const;
    // Where sync goes: the endpoint stored at enrolment, else the preference (not enrolled).
    QString serverEndpoint() const;
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool setGpsAccuracyThresholdM(double metres);
    Q_INVOKABLE bool setPhotoUploadMaxEdgePx(int pixels);
    Q_INVOKABLE bool setServerEndpoint(const QString &endpoint);
    // tcp://host:port (a ZeroMQ TCP endpoint).
    static bool isServerEndpoint(const QString &endpoint);

Q_SIGNALS:
    void changed();

private:
    static QString enrolledEndpoint(); // empty when not enrolled
    bool finish(bool accepted, const QString &error);

    QString m_lastError;
};

} // namespace outfall::models

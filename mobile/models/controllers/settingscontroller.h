#pragma once

#include "models/session/sessionbound.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace outfall::mobile {
class Preferences;
}

namespace outfall::models {

// The Settings page's state: the profile's Preferences, with the reason a value was
// refused so the page can say it next to the field.
class SettingsController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(double gpsAccuracyThresholdM READ gpsAccuracyThresholdM NOTIFY changed)
    Q_PROPERTY(int photoUploadMaxEdgePx READ photoUploadMaxEdgePx NOTIFY changed)
    Q_PROPERTY(QString serverEndpoint READ serverEndpoint NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit SettingsController(AppSession *session = nullptr, QObject *parent = nullptr);

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
    QString enrolledEndpoint() const; // empty when not enrolled
    mobile::Preferences &preferences() const; // the session's (there must be one)
    bool finish(bool accepted, const QString &error);

    QString m_lastError;
};

} // namespace outfall::models

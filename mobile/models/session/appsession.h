#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace outfall::store {
class Database;
}

namespace outfall::mobile {
class DeviceSession;
}

namespace outfall::models {

// The app's one open device profile (a DeviceSession: store, identity, clock, outbox,
// photos), shared by every model. main() (or a test) opens it before QML is loaded; QML
// reaches it as the singleton `AppSession`.
class AppSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)
    Q_PROPERTY(int permitCount READ permitCount NOTIFY dataChanged)

public:
    explicit AppSession(const QString &profileDir, QObject *parent = nullptr);
    ~AppSession() override;

    static AppSession *instance();
    // Not owned. Also sets the UI language (UiLanguage) to the profile's saved choice.
    static void setInstance(AppSession *session);
    static AppSession *create(QQmlEngine *, QJSEngine *);

    QString profileDir() const;
    int permitCount() const;
    mobile::DeviceSession &session() { return *m_session; }
    store::Database &database();
    // The enrolled inspector's name from the reference data; empty before enrolment.
    QString inspectorName();

Q_SIGNALS:
    // Reference data changed (after a sync): models reload.
    void dataChanged();
    // An inspection started or changed state (submitted, corrected, signed again): Today
    // and the permit's history reload.
    void inspectionsChanged();

private:
    std::unique_ptr<mobile::DeviceSession> m_session;
};

} // namespace outfall::models

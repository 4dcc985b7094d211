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

// The app's open device profile (a DeviceSession: store, identity, clock, outbox, photos),
// shared by the models of one QML engine. main() (or a test) opens it and gives it to the
// engine (provide) before QML is loaded; QML reaches it as the singleton `AppSession`, and
// every model QML makes is handed it (SessionBound). There is no global: a test can build
// any page, or several, each with its own store.
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

    // Gives the engine its session (not owned; it must outlive the engine's objects).
    static void provide(QQmlEngine &engine, AppSession *session);
    // The session given to the engine, or to the engine that made object; null for none.
    static AppSession *of(const QQmlEngine *engine);
    static AppSession *of(const QObject *object);
    // The QML singleton: the engine's session.
    static AppSession *create(QQmlEngine *engine, QJSEngine *);

    // Sets the UI language (UiLanguage) to the profile's saved choice, else the system
    // locale's: the app does it before any model or page exists.
    void applySavedLanguage();

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

#pragma once

#include "applicationqueuemodel.h"
#include "consoleconnection.h"
#include "consoleflagmodel.h"
#include "drawlistmodel.h"
#include "reviewqueuemodel.h"
#include "sitedirectory.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace outfall::models {

// The supervisor console's session (`outfall --console`): its line to the server, the
// district it supervises and the lists a supervisor works through: inspections to review,
// flags to decide, draws to plan and publish, applications to decide before issuance. QML reaches
// it as the singleton ConsoleSession, made for the engine by main() (provide) as AppSession is;
// nothing of it is global. Nothing is asked of the server until refresh().
class ConsoleSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString endpoint READ endpoint CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last request's failure in plain language; empty once a request is answered again.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Whether the server has answered a request yet.
    Q_PROPERTY(bool reached READ reached NOTIFY reachedChanged)
    // One point an enterprise for the map: {lat, lon, label, enterpriseId}.
    Q_PROPERTY(QVariantList sites READ sites NOTIFY sitesChanged)
    Q_PROPERTY(int permitCount READ permitCount NOTIFY sitesChanged)
    Q_PROPERTY(outfall::models::ReviewQueueModel *reviews READ reviews CONSTANT)
    Q_PROPERTY(outfall::models::ConsoleFlagModel *flags READ flags CONSTANT)
    Q_PROPERTY(outfall::models::DrawListModel *draws READ draws CONSTANT)
    Q_PROPERTY(outfall::models::ApplicationQueueModel *applications READ applications CONSTANT)

public:
    ConsoleSession(
        QString endpoint, sync::SupervisorCredential credential, QObject *parent = nullptr);
    ~ConsoleSession() override;

    static void provide(QQmlEngine &engine, ConsoleSession *session);
    static ConsoleSession *of(const QQmlEngine *engine);
    static ConsoleSession *create(QQmlEngine *engine, QJSEngine *);

    QString endpoint() const { return m_connection.endpoint(); }
    const sync::SupervisorCredential &credential() const { return m_connection.credential(); }
    bool busy() const { return m_connection.pending() > 0; }
    QString error() const { return m_error; }
    bool reached() const { return m_reached; }
    QVariantList sites() const;
    int permitCount() const { return int(m_directory.size()); }
    ReviewQueueModel *reviews() const { return m_reviews; }
    ConsoleFlagModel *flags() const { return m_flags; }
    DrawListModel *draws() const { return m_draws; }
    ApplicationQueueModel *applications() const { return m_applications; }

    const SiteDirectory &directory() const { return m_directory; }
    // Whether the console shows English (names, messages); Chinese otherwise.
    static bool english();

    // Asks the server again for everything the console shows.
    Q_INVOKABLE void refresh();

    // Sends a request; answered runs with the reply, failed (when given) with the reason,
    // which error() also shows.
    void request(const sync::Message &message, ConsoleConnection::Answered answered,
        ConsoleConnection::Failed failed = {});

Q_SIGNALS:
    void busyChanged();
    void errorChanged();
    void reachedChanged();
    void sitesChanged();

private:
    void setError(const QString &error);

    ConsoleConnection m_connection;
    SiteDirectory m_directory;
    QString m_error;
    bool m_reached = false;
    ReviewQueueModel *m_reviews;
    ConsoleFlagModel *m_flags;
    DrawListModel *m_draws;
    ApplicationQueueModel *m_applications;
};

} // namespace outfall::models

#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pgtest {

// A throw-away PostgreSQL cluster for one test program: initdb into a temporary directory,
// started with pg_ctl on a Unix socket in that directory only (no TCP port, so tests never
// touch the network), stopped and deleted with the object. Nothing to set up by hand: Debian's
// postgresql-15 (scripts/deps) is all it needs. As root it runs the server as the `postgres`
// user, since PostgreSQL refuses to run as root.
// Empty when PostgreSQL's server programs are installed; otherwise why a test skips.
QString notInstalledReason();

class Cluster
{
public:
    // durable: fsync as PostgreSQL ships it (benchmarks); otherwise off, for speed (tests).
    explicit Cluster(bool durable = false);
    // A streaming-replication standby of `primary`, running: its copy made with pg_basebackup
    // -R (the standby follows the primary through its socket). Check running() and problem().
    static std::unique_ptr<Cluster> standbyOf(const Cluster &primary);
    ~Cluster();
    Cluster(const Cluster &) = delete;
    Cluster &operator=(const Cluster &) = delete;

    // Why there is no cluster: PostgreSQL is not installed (a test skips, saying so), or it
    // would not start (a test fails, with initdb's or pg_ctl's own words and the log).
    bool notInstalled() const { return m_notInstalled; }
    bool running() const { return m_running; }
    QString problem() const { return m_problem; }

    // A new database, empty or a copy of `templateName`; its libpq URL.
    QString createDatabase(const QString &name, const QString &templateName = {});
    QString url(const QString &database) const;

    // pg_ctl stop / start of the same cluster: what a test does to a front-end's database.
    bool stop();
    bool start();
    // pg_ctl stop -m immediate: every server process killed, as in a crash of the machine's
    // PostgreSQL (what was committed is in the WAL; what was not is gone).
    bool crash();
    // pg_ctl promote: a standby becomes a primary that takes writes.
    bool promote();

private:
    struct Standby
    {
    };
    Cluster(const Cluster &primary, Standby);
    // pg_ctl stop -m mode.
    bool stopWith(const QString &mode);
    // The temporary directory, owned by the user PostgreSQL runs as.
    bool prepareDirectory();
    bool run(const QString &program, const QStringList &arguments);

    QString m_binDir; // /usr/lib/postgresql/N/bin
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_user; // the cluster's superuser
    bool m_asPostgres = false;
    bool m_notInstalled = false;
    bool m_running = false;
    bool m_durable = false;
    QString m_problem;
};

// QSKIP when PostgreSQL is not installed, QFAIL when it would not start: in a test function.
#define PGTEST_REQUIRE(cluster)                                                                    \
    do {                                                                                           \
        if ((cluster).notInstalled())                                                              \
            QSKIP(qPrintable((cluster).problem()));                                                \
        if (!(cluster).running())                                                                  \
            QFAIL(qPrintable((cluster).problem()));                                                \
    } while (false)

} // namespace pgtest

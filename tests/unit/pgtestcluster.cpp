#include "pgtestcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgtest {

namespace {

// The newest installed server's programs (Debian keeps them out of PATH).
QString findBinDir()
{
    const QDir versions(u"/usr/lib/postgresql"_s);
    const QStringList found =
        versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

} // namespace

QString notInstalledReason()
{
    return findBinDir().isEmpty() ? u"PostgreSQL is not installed (no"
                                    u" /usr/lib/postgresql/*/bin/initdb): scripts/deps installs"
                                    u" postgresql-15"_s
                                  : QString();
}

bool Cluster::prepareDirectory()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_notInstalled = true;
        m_problem = notInstalledReason();
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/outfall-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_problem = u"cannot make a temporary directory: "_s + m_dir->errorString();
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            m_problem = u"running as root, and there is no `postgres` user to run PostgreSQL"_s;
            return false;
        }
        if (::chown(
                QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid)
            != 0) {
            m_problem = u"cannot give %1 to the postgres user"_s.arg(m_dir->path());
            return false;
        }
        m_user = u"postgres"_s;
    } else {
        const passwd *me = ::getpwuid(::geteuid());
        m_user = me ? QString::fromLocal8Bit(me->pw_name) : u"postgres"_s;
    }
    return true;
}

Cluster::Cluster(bool durable)
    : m_durable(durable)
{
    if (!prepareDirectory())
        return;
    // --no-sync and fsync=off: a throw-away cluster need not survive a power cut; what the
    // tests check of durability is PostgreSQL's commit, which these do not change.
    if (!run(m_binDir + u"/initdb"_s,
            {u"-D"_s, m_dir->filePath(u"data"_s), u"-U"_s, m_user, u"-A"_s, u"trust"_s, u"-E"_s,
                u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s}))
        return;
    start();
}

Cluster::Cluster(const Cluster &primary, Standby)
    : m_durable(primary.m_durable)
{
    if (!prepareDirectory())
        return;
    // -R: standby.signal and the primary's address (its socket directory) in the copy; -X
    // stream: the WAL written while the copy is made comes with it. initdb's trust rules let
    // a local user replicate.
    if (!run(m_binDir + u"/pg_basebackup"_s,
            {u"-h"_s, primary.m_dir->path(), u"-U"_s, primary.m_user, u"-D"_s,
                m_dir->filePath(u"data"_s), u"-R"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s,
                u"--no-sync"_s}))
        return;
    start();
}

std::unique_ptr<Cluster> Cluster::standbyOf(const Cluster &primary)
{
    return std::unique_ptr<Cluster>(new Cluster(primary, Standby {}));
}

Cluster::~Cluster()
{
    if (m_running)
        run(m_binDir + u"/pg_ctl"_s,
            {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

bool Cluster::start()
{
    const QString options =
        u"-k %1 -c listen_addresses='' -c max_connections=40"_s.arg(m_dir->path())
        + (m_durable ? QString() : u" -c fsync=off -c full_page_writes=off"_s);
    m_running = run(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-l"_s, m_dir->filePath(u"server.log"_s), u"-o"_s,
            options, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s});
    if (!m_running) {
        QFile log(m_dir->filePath(u"server.log"_s));
        if (log.open(QIODevice::ReadOnly))
            m_problem += u"\nserver.log:\n"_s + QString::fromUtf8(log.readAll().right(2000));
    }
    return m_running;
}

bool Cluster::stop()
{
    return stopWith(u"fast"_s);
}

bool Cluster::crash()
{
    return stopWith(u"immediate"_s);
}

bool Cluster::stopWith(const QString &mode)
{
    if (!m_running)
        return true;
    m_running = !run(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, mode, u"-w"_s, u"stop"_s});
    return !m_running;
}

bool Cluster::promote()
{
    return run(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-w"_s, u"-t"_s, u"60"_s, u"promote"_s});
}

bool Cluster::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgres)
        process.start(
            u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    m_problem = u"%1 failed (%2): %3"_s.arg(program,
        finished ? u"exit code %1"_s.arg(process.exitCode()) : process.errorString(),
        QString::fromLocal8Bit(process.readAll()).trimmed());
    return false;
}

QString Cluster::url(const QString &database) const
{
    return u"postgresql:///%1?host=%2&user=%3"_s.arg(database, m_dir->path(), m_user);
}

QString Cluster::createDatabase(const QString &name, const QString &templateName)
{
    QStringList arguments {u"-h"_s, m_dir->path(), u"-U"_s, m_user};
    if (!templateName.isEmpty())
        arguments << u"-T"_s << templateName;
    if (!run(m_binDir + u"/createdb"_s, arguments << name))
        qFatal("%s", qPrintable(m_problem));
    return url(name);
}

} // namespace pgtest

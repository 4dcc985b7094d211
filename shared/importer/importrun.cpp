#include "importer/importrun.h"

#include "importer/importchunks.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outfall::importer::ImportRun {

namespace {

std::function<void(qint64)> &readHook()
{
    static std::function<void(qint64)> hook;
    return hook;
}

QString kindOfMode(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"a directory"_s;
    if (S_ISFIFO(mode))
        return u"a FIFO (named pipe)"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    if (!S_ISREG(mode))
        return u"not a regular file"_s;
    return {};
}

struct FileState
{
    qint64 size = 0;
    qint64 mtimeNs = 0;
};

FileState stateOf(int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return {-1, -1};
    return {static_cast<qint64>(st.st_size),
        static_cast<qint64>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

// The file as the readers see it: every byte they read goes through the hash once, so the
// hash and the import cover the same bytes, in one pass.
class HashingReader : public QIODevice
{
public:
    HashingReader(QFile &file, std::function<void(qint64 bytesRead)> onChunk)
        : m_file(file)
        , m_onChunk(std::move(onChunk))
    { }

    QByteArray sha256() const { return m_hash.result(); }
    qint64 bytesRead() const { return m_bytesRead; }
    bool failed() const { return m_failed; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + m_file.bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_failed = true;
            setErrorString(m_file.errorString());
            return -1;
        }
        m_hash.addData(QByteArrayView(data, n));
        m_bytesRead += n;
        if (n > 0 && readHook())
            readHook()(m_bytesRead);
        if (n > 0 && m_onChunk)
            m_onChunk(m_bytesRead);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile &m_file;
    std::function<void(qint64)> m_onChunk;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_bytesRead = 0;
    bool m_failed = false;
};

// read: the bytes read when the reader went to the end, -1 when it stopped early.
QString changeDescription(const FileState &before, const FileState &after, qint64 read)
{
    QStringList what;
    if (after.size != before.size)
        what << u"its size went from %1 to %2 bytes"_s.arg(before.size).arg(after.size);
    else if (read >= 0 && read != before.size)
        what << u"%1 of its %2 bytes were read"_s.arg(read).arg(before.size);
    if (after.mtimeNs != before.mtimeNs)
        what << u"it was modified"_s;
    if (what.isEmpty())
        return {};
    return u"the file changed while it was read (%1); nothing was imported: import it again "
           u"once it is complete"_s.arg(what.join(u", "_s));
}

// One all-or-nothing transaction puts every page it writes in the WAL, which then keeps its
// largest size on disk. After a large import, give the space back (best effort: a reader
// that holds the WAL makes it wait at most the busy timeout, then the WAL is left as it is).
// Not after chunks: their commits checkpoint as they go, so the WAL stays small, and a
// TRUNCATE checkpoint shuts out every writer while it copies and syncs (measured: the sync
// server's devices waited over 10 s for it at the end of a 240,000-permit import).
void shrinkWal(store::Database &db)
{
    constexpr qint64 kLargeWal = 64 * 1024 * 1024;
    if (db.path() == u":memory:" || db.engine()
        || QFileInfo(db.path() + u"-wal"_s).size() < kLargeWal)
        return;
    try {
        db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    } catch (const std::exception &) {
        // The import is committed; a WAL that stays large is only space.
    }
}

qint64 rowsOf(const ImportReport &report)
{
    const ImportReport::Counts totals = report.totals();
    return totals.inserted + totals.updated + totals.unchanged + totals.deleted;
}

// The progress of the import running on this thread. The file may be read on another thread
// (PermitReadAhead): the bytes read cross over atomically, and the sink (with the report's
// rows) is only ever called on the thread that runs execute(), which owns the report.
class ProgressRelay
{
public:
    ProgressRelay(const ProgressSink &sink, qint64 bytesTotal, const ImportReport &report)
        : m_sink(sink)
        , m_bytesTotal(bytesTotal)
        , m_report(report)
    {
        if (m_sink)
            current() = this;
    }
    ~ProgressRelay()
    {
        if (current() == this)
            current() = nullptr;
    }
    ProgressRelay(const ProgressRelay &) = delete;
    ProgressRelay &operator=(const ProgressRelay &) = delete;

    static ProgressRelay *&current()
    {
        thread_local ProgressRelay *relay = nullptr;
        return relay;
    }

    // After each chunk read, on whichever thread reads.
    void read(qint64 bytesRead)
    {
        m_bytesRead.store(bytesRead, std::memory_order_relaxed);
        if (std::this_thread::get_id() == m_thread)
            tick();
    }

    // On the execute() thread: tells the sink, when the reading has moved on.
    void tick()
    {
        const qint64 bytesRead = m_bytesRead.load(std::memory_order_relaxed);
        if (!m_sink || bytesRead == m_shownBytes)
            return;
        m_shownBytes = bytesRead;
        m_sink({bytesRead, m_bytesTotal, rowsOf(m_report)});
    }

    // The end of the file: said even when no chunk moved it on.
    void finish(qint64 bytesRead)
    {
        if (m_sink)
            m_sink({bytesRead, m_bytesTotal, rowsOf(m_report)});
    }

private:
    const ProgressSink &m_sink;
    const qint64 m_bytesTotal;
    const ImportReport &m_report;
    const std::thread::id m_thread = std::this_thread::get_id();
    std::atomic<qint64> m_bytesRead {0};
    qint64 m_shownBytes = -1;
};

// The chunks of the import running on this thread, for betweenRecords().
class CurrentChunks
{
public:
    explicit CurrentChunks(ImportChunks &chunks)
        : m_previous(current())
    {
        current() = &chunks;
    }
    ~CurrentChunks() { current() = m_previous; }
    CurrentChunks(const CurrentChunks &) = delete;
    CurrentChunks &operator=(const CurrentChunks &) = delete;

    static ImportChunks *&current()
    {
        thread_local ImportChunks *chunks = nullptr;
        return chunks;
    }

private:
    ImportChunks *m_previous;
};

} // namespace

void betweenRecords()
{
    progressTick();
    if (ImportChunks *chunks = CurrentChunks::current())
        chunks->boundary();
}

void progressTick()
{
    if (ProgressRelay *relay = ProgressRelay::current())
        relay->tick();
}

void setReadHook(std::function<void(qint64 bytesRead)> hook)
{
    readHook() = std::move(hook);
}

QString nonRegularKind(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return kindOfMode(st.st_mode);
}

ImportReport execute(store::Database &db, const QString &kind, const QString &path,
    const Body &body, const ProgressSink &progress)
{
    ImportReport report(kind, QFileInfo(path).fileName());
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; the type is checked on
    // the open descriptor (no window between a check and the open).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        report.addIssue(
            0, QString(), u"cannot open: "_s + QString::fromLocal8Bit(std::strerror(errno)));
        return report;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString what = kindOfMode(st.st_mode);
        ::close(fd);
        report.addIssue(0, QString(), u"is %1, not a file"_s.arg(what));
        return report;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        report.addIssue(0, QString(), u"cannot open: "_s + file.errorString());
        return report;
    }
    const FileState opened = stateOf(fd);
    ProgressRelay relay(progress, opened.size, report);
    std::function<void(qint64)> onChunk;
    if (progress)
        onChunk = [&relay](qint64 bytesRead) {
            relay.read(bytesRead);
        };
    HashingReader reader(file, std::move(onChunk));
    reader.open(QIODevice::ReadOnly);

    const std::int64_t startedAt = QDateTime::currentMSecsSinceEpoch();
    // Short transactions that can all be taken back (importer/importchunks.h); the import's
    // inserts reach ref_row in bulk at the end of each (store/bulkcapture.h).
    ImportChunks chunks(db, kind, report.fileName());
    if (const QString refused = chunks.refusal(); !refused.isEmpty()) {
        report.addIssue(0, QString(), refused);
        return report;
    }
    if (const QString recovered = chunks.recovered(); !recovered.isEmpty())
        report.addNote(recovered);
    const CurrentChunks current(chunks);
    body(reader, report);
    if (report.ok()) {
        // Whatever the reader left unread still counts (and must not be there).
        char rest[4096];
        while (reader.read(rest, sizeof rest) > 0) { }
    }
    // A file that changed while it was read: what was read may be half of an old and half of
    // a new file, so whatever the reader found is beside the point (the transaction rolls back).
    const FileState now = stateOf(fd);
    const bool readAll = report.ok() && !reader.failed();
    if (const QString changed = changeDescription(opened, now, readAll ? reader.bytesRead() : -1);
        !changed.isEmpty()) {
        ImportReport refused(kind, report.fileName());
        refused.addIssue(0, QString(), changed);
        return refused;
    }
    if (!report.ok())
        return report;
    if (reader.failed()) {
        report.addIssue(0, QString(), u"cannot read: "_s + reader.errorString());
        return report;
    }
    relay.finish(reader.bytesRead());
    const ImportReport::Counts totals = report.totals();
    if (rowsOf(report) == 0) {
        report.addIssue(
            0, QString(), opened.size == 0 ? u"the file is empty"_s : u"the file has no records"_s);
        return report;
    }
    db.cached(u"INSERT INTO import_run (kind, file_name, file_sha256, started_at, finished_at,"
              u" inserted, updated, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, kind)
        .bind(2, report.fileName())
        .bind(3, QString::fromLatin1(reader.sha256().toHex()))
        .bind(4, startedAt)
        .bind(5, std::int64_t {QDateTime::currentMSecsSinceEpoch()})
        .bind(6, totals.inserted)
        .bind(7, totals.updated + totals.deleted)
        .bind(8, totals.unchanged)
        .exec();
    const bool chunked = chunks.chunked();
    chunks.commit();
    if (!chunked)
        shrinkWal(db);
    return report;
}

} // namespace outfall::importer::ImportRun

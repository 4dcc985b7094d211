#include "importer/keyset.h"

#include "store/database.h"
#include "store/sqliteerror.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outfall::importer {

struct KeySet::Disk
{
    QTemporaryFile file;
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *find = nullptr;

    ~Disk()
    {
        sqlite3_finalize(insert);
        sqlite3_finalize(find);
        sqlite3_close_v2(db);
    }

    void check(int rc, const char *what) const
    {
        if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw store::SqliteError(rc,
                u"import key set: %1: %2"_s.arg(QString::fromLatin1(what),
                    QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
    }

    void exec(const char *sql) const
    {
        check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
    }

    std::optional<qint64> insertKey(const QByteArray &key, qint64 line)
    {
        sqlite3_bind_blob(insert, 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, line);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        check(rc, "insert");
        if (sqlite3_changes(db) > 0)
            return std::nullopt;
        sqlite3_bind_blob(find, 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        std::optional<qint64> earlier;
        if (sqlite3_step(find) == SQLITE_ROW)
            earlier = sqlite3_column_int64(find, 0);
        sqlite3_reset(find);
        return earlier;
    }
};

KeySet::KeySet(QString directory)
    : m_directory(std::move(directory))
{ }

KeySet::~KeySet() = default;

QString KeySet::directoryBeside(const store::Database &db)
{
    // A store in memory or on another engine (a URL, not a file): the temporary directory.
    return db.path() == u":memory:" || db.engine() ? QString()
                                                   : QFileInfo(db.path()).absolutePath();
}

void KeySet::clear()
{
    m_memory.clear();
    m_disk.reset();
    m_size = 0;
}

void KeySet::spill()
{
    auto disk = std::make_unique<Disk>();
    const QString directory = m_directory.isEmpty() ? QDir::tempPath() : m_directory;
    disk->file.setFileTemplate(directory + u"/.import-keys-XXXXXX"_s);
    if (!disk->file.open())
        throw store::SqliteError(SQLITE_CANTOPEN,
            u"import key set: cannot create a scratch file in %1: %2"_s.arg(
                directory, disk->file.errorString()));
    const int rc = sqlite3_open_v2(QFile::encodeName(disk->file.fileName()).constData(), &disk->db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    disk->check(rc, "open");
    // Scratch data: no journal, no syncing, a small cache; one transaction that never commits
    // keeps SQLite from writing anything it does not have to.
    disk->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8192;"
               " CREATE TABLE seen (key BLOB PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;"
               " BEGIN");
    disk->check(sqlite3_prepare_v2(disk->db, "INSERT OR IGNORE INTO seen VALUES (?, ?)", -1,
                    &disk->insert, nullptr),
        "prepare");
    disk->check(sqlite3_prepare_v2(
                    disk->db, "SELECT line FROM seen WHERE key = ?", -1, &disk->find, nullptr),
        "prepare");
    for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it)
        disk->insertKey(it.key(), it.value());
    m_memory.clear();
    m_memory.squeeze();
    m_disk = std::move(disk);
}

std::optional<qint64> KeySet::insert(const QByteArray &key, qint64 line)
{
    if (m_disk) {
        const auto earlier = m_disk->insertKey(key, line);
        if (!earlier)
            ++m_size;
        return earlier;
    }
    const auto it = m_memory.constFind(key);
    if (it != m_memory.constEnd())
        return *it;
    m_memory.insert(key, line);
    ++m_size;
    if (m_memory.size() > kMemoryKeys)
        spill();
    return std::nullopt;
}

} // namespace outfall::importer

#pragma once
// What the harnesses share: a scratch file for the importers (which read files), and server
// stores made once and copied for each input, so one input never sees another's rows.

#include "importer/permitimporter.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace fuzzsupport {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// One file per process, rewritten for each input (tmpfs where there is one).
inline QString scratchFile(const QByteArray &content, const char *suffix)
{
    static const QString dir = QFile::exists(QStringLiteral("/dev/shm"))
        ? QStringLiteral("/dev/shm")
        : QStringLiteral("/tmp");
    const QString path = QStringLiteral("%1/outfall-fuzz-%2%3")
                             .arg(dir)
                             .arg(::getpid())
                             .arg(QString::fromLatin1(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        std::abort(); // the harness itself is broken, not the code under test
    return path;
}

// A migrated server store, optionally with the test permits imported, serialised once.
class StoreTemplate
{
public:
    explicit StoreTemplate(bool withPermits)
    {
        outfall::store::Database db(QStringLiteral(":memory:"));
        outfall::store::Migrator::migrate(db, outfall::store::StoreRole::Server);
        if (withPermits) {
            outfall::importer::PermitImporter importer(db);
            importer.importFile(QStringLiteral(OUTFALL_FUZZ_DATA_DIR "/import/permits.jsonl"));
        }
        m_image = image(db);
    }

    // The bytes of a whole store: a failed import must leave them exactly as they were.
    static QByteArray image(outfall::store::Database &db)
    {
        sqlite3_int64 size = 0;
        unsigned char *bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
        if (!bytes)
            std::abort();
        QByteArray copy(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
        sqlite3_free(bytes);
        return copy;
    }

    // A fresh in-memory copy of the template.
    std::unique_ptr<outfall::store::Database> copy() const
    {
        auto db = std::make_unique<outfall::store::Database>(QStringLiteral(":memory:"));
        const auto size = static_cast<sqlite3_int64>(m_image.size());
        auto *buffer =
            static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
        std::memcpy(buffer, m_image.constData(), static_cast<std::size_t>(size));
        if (sqlite3_deserialize(db->handle(), "main", buffer, size, size,
                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
            != SQLITE_OK)
            std::abort();
        return db;
    }

private:
    QByteArray m_image;
};

// Imports `input` as a file of one kind into a copy of `store`. Any exception escapes (an
// importer reports bad input as issues; it never throws for it), and a refused file must
// leave the store byte for byte as it was.
template<typename Importer>
void importOnce(
    const StoreTemplate &store, const std::uint8_t *data, std::size_t size, const char *suffix)
{
    const QString path = scratchFile(bytes(data, size), suffix);
    auto db = store.copy();
    const QByteArray before = StoreTemplate::image(*db);
    const auto report = Importer(*db).importFile(path);
    if (!report.ok() && StoreTemplate::image(*db) != before) {
        std::fprintf(stderr, "a refused import changed the store\n");
        std::abort();
    }
}

} // namespace fuzzsupport

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::importer {

// The keys an import run has seen, and on which line, to refuse a key twice in one file —
// in bounded memory whatever the file's size. The first kMemoryKeys keys are held in memory;
// past that they move to a scratch SQLite database beside the store (or in the temporary
// directory), deleted when the set is: a 4-million-row reports file needs a few hundred MB of
// disk for it, not of memory.
class KeySet
{
public:
    static constexpr qsizetype kMemoryKeys = 100'000;

    // directory: where the scratch database goes if one is needed (empty: the temporary
    // directory).
    explicit KeySet(QString directory = {});
    // The directory for the scratch database of an import into `db`: the store's own (the
    // same disk the store is sized for), or the temporary directory for a store in memory or
    // on another engine.
    static QString directoryBeside(const store::Database &db);
    ~KeySet();
    KeySet(const KeySet &) = delete;
    KeySet &operator=(const KeySet &) = delete;

    // Adds `key` seen on `line`; returns the line it was seen on before, if it was.
    std::optional<qint64> insert(const QByteArray &key, qint64 line);
    void clear();
    qint64 size() const { return m_size; }
    bool onDisk() const { return m_disk != nullptr; }

private:
    struct Disk;
    void spill();

    QString m_directory;
    QHash<QByteArray, qint64> m_memory;
    std::unique_ptr<Disk> m_disk;
    qint64 m_size = 0;
};

} // namespace outfall::importer

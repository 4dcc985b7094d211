#pragma once

#include "importer/importreport.h"

#include <QString>

#include <functional>

class QIODevice;

namespace outfall::store {
class Database;
}

namespace outfall::importer {

// The frame every import shares: open the file, run the kind's reader in short transactions
// (importer/importchunks.h), and end with a row in import_run only when the report has no
// issue. A failed run leaves the store as it was, import_run included: its chunks are taken
// back.
//
// The rules of docs/formats.md that are the same for every kind live here:
//  - only a regular file is read: a directory, FIFO, device or socket is refused by what it
//    is, without being opened for reading (so a FIFO never blocks and /dev/zero is never read);
//  - the file is read once: the reader's bytes are hashed as they go by, and the SHA-256 in
//    import_run is that of exactly what was imported;
//  - a file whose size or modification time changes while it is read (or that was not read to
//    its end) is refused: what was read may be half of an old and half of a new file;
//  - a file with no records (empty, only a header, `"templates": []`...) is refused.
namespace ImportRun {

using Body = std::function<void(QIODevice &file, ImportReport &report)>;

// How far an import has gone: the file's bytes read of its size, and the rows the report has
// counted so far (inserted, updated, unchanged or deleted, every table).
struct Progress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0;
};
// Called after every chunk the import reads (often: a caller that prints throttles), and once
// more when the file has been read to its end.
using ProgressSink = std::function<void(const Progress &progress)>;

ImportReport execute(store::Database &db, const QString &kind, const QString &path,
    const Body &body, const ProgressSink &progress = {});

// For a body that reads the file on a thread of its own (PermitReadAhead): progress is said
// on the thread that runs execute(), which owns the report, so such a body calls this there as
// it goes. It passes on how far the reading thread has got, when that changed. Elsewhere, and
// for a body that reads on execute()'s thread, it does nothing (progress follows the reads).
void progressTick();

// Called by a body between two records (a permit, a report row): progress is told, and the
// chunk commits if it has run long enough. Nothing of the store may be half-written here: no
// savepoint of the body's open, every statement reset. Elsewhere it does nothing.
void betweenRecords();

// What a path names when it is not a regular file ("a directory", "a FIFO (named pipe)",
// "a character device"...); empty for a regular file or a path that does not exist.
QString nonRegularKind(const QString &path);

// For tests and the import benchmark: called after every chunk the import reads from the
// file, with the bytes read so far, so a test can change the file at a known point of the read
// (and the benchmark watch the WAL grow). Not thread-safe; reset it with an empty function.
void setReadHook(std::function<void(qint64 bytesRead)> hook);

} // namespace ImportRun

} // namespace outfall::importer

#pragma once

#include "importer/importissue.h"
#include "importer/permitdocument.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

class QIODevice;

namespace outfall::importer {

// Reads and checks a permits file (JSON Lines) on a thread of its own, a little ahead of the
// writer: parsing is a third of a permit import's time and the writer's is half, so on two
// cores the two overlap (issue 14 part 4). The writer takes the lines in file order from
// next(); at most kAhead lines wait, so memory stays bounded whatever the file's size.
//
// The device is read on the read-ahead thread only, from construction to destruction (then
// the caller may read it again); the store is never touched there. Issues come with their
// line, for the caller's report, in file order.
class PermitReadAhead
{
public:
    static constexpr std::size_t kAhead = 256;

    struct Line
    {
        qint64 line = 0;
        std::optional<PermitDocument> document; // none when the line had issues
        QList<ImportIssue> issues;
    };

    PermitReadAhead(QIODevice &device, const QString &kind, const QString &fileName);
    // Stops the thread (it may be waiting to hand over a line) and waits for it.
    ~PermitReadAhead();
    PermitReadAhead(const PermitReadAhead &) = delete;
    PermitReadAhead &operator=(const PermitReadAhead &) = delete;

    // The next line with a document or issues, in file order; nullopt at the end of the file.
    // Rethrows what the thread threw.
    std::optional<Line> next();

private:
    void read(QIODevice &device, const QString &kind, const QString &fileName);
    bool handOver(Line line); // false once the reader must stop

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Line> m_lines;
    bool m_finished = false; // the thread read its last line (or failed)
    bool m_stopping = false; // the caller wants no more
    std::exception_ptr m_failure;
    std::thread m_thread; // last: it starts once the members it uses exist
};

} // namespace outfall::importer

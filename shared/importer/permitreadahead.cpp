#include "importer/permitreadahead.h"

#include "importer/importreport.h"
#include "importer/jsonstreamreader.h"
#include "importer/permitparser.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::importer {

PermitReadAhead::PermitReadAhead(QIODevice &device, const QString &kind, const QString &fileName)
    : m_thread([this, &device, kind, fileName] { read(device, kind, fileName); })
{ }

PermitReadAhead::~PermitReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::optional<PermitReadAhead::Line> PermitReadAhead::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_lines.empty() || m_finished; });
    if (m_lines.empty()) {
        if (m_failure)
            std::rethrow_exception(m_failure);
        return std::nullopt;
    }
    Line line = std::move(m_lines.front());
    m_lines.pop_front();
    lock.unlock();
    m_changed.notify_all(); // room for the reader
    return line;
}

bool PermitReadAhead::handOver(Line line)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_lines.size() < kAhead || m_stopping; });
    if (m_stopping)
        return false;
    m_lines.push_back(std::move(line));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void PermitReadAhead::read(QIODevice &device, const QString &kind, const QString &fileName)
{
    try {
        JsonStreamReader reader(&device);
        QJsonValue json;
        for (;;) {
            const auto status = reader.nextLine(json);
            if (status == JsonStreamReader::Status::End)
                break;
            Line line;
            line.line = reader.line();
            if (status == JsonStreamReader::Status::Error) {
                for (const auto &issue : reader.issues())
                    line.issues.append(
                        ImportIssue {fileName, issue.line, issue.path, issue.message});
            } else if (!json.isObject()) {
                line.issues.append(ImportIssue {
                    fileName, line.line, u"$"_s, u"must be a JSON object (one permit a line)"_s});
            } else {
                // The parser reports into a report of its own: the caller's is the writer's.
                ImportReport checked(kind, fileName);
                line.document =
                    PermitParser::parse(json.toObject(), checked, line.line, &reader.longStrings());
                line.issues = checked.issues();
            }
            if (!handOver(std::move(line)))
                break;
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace outfall::importer

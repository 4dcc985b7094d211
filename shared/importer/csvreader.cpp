#include "importer/csvreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

// One piece of a physical line: the whole line when it is shorter than a chunk. A chunk never
// ends between the \r and \n of a CRLF.
bool CsvReader::readChunk(QString &text)
{
    QByteArray bytes = m_device->readLine(kChunkBytes);
    if (!m_started && !bytes.isEmpty()) {
        m_started = true;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
            if (bytes.isEmpty())
                return readChunk(text);
        }
    }
    if (bytes.isEmpty())
        return false;
    if (bytes.endsWith('\r')) {
        char c = 0;
        if (m_device->peek(&c, 1) == 1 && c == '\n' && m_device->getChar(&c))
            bytes += '\n';
    }
    if (m_atLineStart)
        ++m_linesRead;
    m_atLineStart = bytes.endsWith('\n');
    // The decoder keeps a UTF-8 sequence cut by the end of a chunk for the next one.
    text = m_decoder.decode(bytes);
    return true;
}

CsvReader::Status CsvReader::fail(qint64 line, const QString &message)
{
    m_recordLine = line;
    m_error = message;
    return Status::Error;
}

CsvReader::Status CsvReader::next(QStringList &fields)
{
    if (!m_error.isEmpty())
        return Status::Error;
    fields.clear();
    m_lengths.clear();
    m_fieldCount = 0;
    m_truncated = false;
    QString text;
    do {
        if (!readChunk(text))
            return Status::End;
    } while (text == u"\n" || text == u"\r\n");
    if (m_decoder.hasError())
        return fail(m_linesRead, u"invalid UTF-8"_s);
    m_recordLine = m_linesRead;

    QString field;
    qint64 length = 0; // characters of the field, kept or not
    qsizetype kept = 0; // characters kept in the record
    const auto add = [&](QChar c) {
        if (!c.isLowSurrogate())
            ++length;
        if (kept < kKeptChars && fields.size() < kKeptFields) {
            field += c;
            ++kept;
        } else {
            m_truncated = true;
        }
    };
    const auto endField = [&]() {
        if (fields.size() < kKeptFields) {
            fields.append(field);
            m_lengths.append(length);
        } else {
            m_truncated = true;
        }
        ++m_fieldCount;
        field.clear();
        length = 0;
    };

    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its quote has closed
    qsizetype i = 0;
    while (true) {
        if (i >= text.size()) {
            // The line goes on in the next chunk, or continues inside quotes on the next line.
            if (!readChunk(text)) {
                if (!quoted)
                    break; // last line without a line end
                return fail(
                    m_recordLine, u"quoted field is not closed before the end of the file"_s);
            }
            if (m_decoder.hasError())
                return fail(m_linesRead, u"invalid UTF-8"_s);
            i = 0;
            continue;
        }
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 == text.size()) {
                // A doubled quote may straddle two chunks of a long line: look at the next one.
                QString more;
                if (readChunk(more)) {
                    if (m_decoder.hasError())
                        return fail(m_linesRead, u"invalid UTF-8"_s);
                    text = text.mid(i) + more;
                    i = 0;
                }
            }
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    add(u'"');
                    i += 2;
                    continue;
                }
                quoted = false;
                wasQuoted = true;
            } else {
                add(c);
            }
            ++i;
            continue;
        }
        if (c == u',') {
            endField();
            wasQuoted = false;
        } else if (c == u'\n' || (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')) {
            break;
        } else if (wasQuoted) {
            return fail(m_linesRead,
                u"text after a closing quote (a quote inside a field is doubled: \"\")"_s);
        } else if (c == u'"') {
            if (length > 0)
                return fail(
                    m_linesRead, u"a quote inside an unquoted field (quote the whole field)"_s);
            quoted = true;
        } else {
            add(c);
        }
        ++i;
    }
    endField();
    return Status::Record;
}

} // namespace outfall::importer

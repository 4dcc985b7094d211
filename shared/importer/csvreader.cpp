#include "importer/csvreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace outfall::importer {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

bool CsvReader::readLine(QString &text)
{
    QByteArray bytes = m_device->readLine();
    if (bytes.isEmpty())
        return false;
    if (m_linesRead == 0 && bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    ++m_linesRead;
    // A line ends at a '\n' byte, which never occurs inside a UTF-8 sequence, so each line
    // decodes on its own.
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
    QString text;
    do {
        if (!readLine(text))
            return Status::End;
    } while (text == u"\n" || text == u"\r\n");
    if (m_decoder.hasError())
        return fail(m_linesRead, u"invalid UTF-8"_s);
    m_recordLine = m_linesRead;

    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its quote has closed
    qsizetype i = 0;
    while (true) {
        if (i >= text.size()) {
            if (!quoted)
                break; // last line without a line end
            if (!readLine(text))
                return fail(
                    m_recordLine, u"quoted field is not closed before the end of the file"_s);
            if (m_decoder.hasError())
                return fail(m_linesRead, u"invalid UTF-8"_s);
            i = 0;
            continue;
        }
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
                wasQuoted = true;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == u',') {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')) {
            break;
        } else if (wasQuoted) {
            return fail(m_linesRead,
                u"text after a closing quote (a quote inside a field is doubled: \"\")"_s);
        } else if (c == u'"') {
            if (!field.isEmpty())
                return fail(
                    m_linesRead, u"a quote inside an unquoted field (quote the whole field)"_s);
            quoted = true;
        } else {
            field += c;
        }
        ++i;
    }
    fields.append(field);
    return Status::Record;
}

} // namespace outfall::importer

#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace outfall::importer {

// Streams RFC 4180 records from a device, one physical line at a time, so a file of any size
// is read in constant memory (apart from the one record being read).
//
// Handles quoted fields with doubled quotes, line breaks inside quotes (kept as they are in the
// file), LF and CRLF line ends, a leading UTF-8 BOM, and a last line without a line end. Blank
// lines are skipped. A syntax error (a stray quote, text after a closing quote, an unterminated
// quote, invalid UTF-8) ends the reading: after it the rest of the file has no reliable shape.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(QIODevice *device);

    Status next(QStringList &fields);

    // 1-based physical line on which the last record started (or the error was found).
    qint64 line() const { return m_recordLine; }
    QString error() const { return m_error; }

private:
    bool readLine(QString &text);
    Status fail(qint64 line, const QString &message);

    QIODevice *m_device;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    qint64 m_linesRead = 0;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace outfall::importer

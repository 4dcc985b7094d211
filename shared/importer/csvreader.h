#pragma once

#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace outfall::importer {

// Streams RFC 4180 records from a device in chunks, so a file of any size, and a line of any
// length, is read in bounded memory.
//
// Handles quoted fields with doubled quotes, line breaks inside quotes (kept as they are in the
// file), LF and CRLF line ends, a leading UTF-8 BOM, and a last line without a line end. Blank
// lines are skipped. A syntax error (a stray quote, text after a closing quote, an unterminated
// quote, invalid UTF-8) ends the reading: after it the rest of the file has no reliable shape.
//
// A record keeps at most kKeptChars characters of text and kKeptFields fields; past that it
// only counts. fieldLength() and fieldCount() give the real figures, so a row with a 50 MB
// field is refused as "too long (52428800 > 200)" without being held.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    static constexpr qsizetype kKeptChars = 1 << 20; // per record
    static constexpr qsizetype kKeptFields = 256; // per record

    explicit CsvReader(QIODevice *device);

    Status next(QStringList &fields);

    // 1-based physical line on which the last record started (or the error was found).
    qint64 line() const { return m_recordLine; }
    QString error() const { return m_error; }
    // Fields of the last record, kept or not.
    qsizetype fieldCount() const { return m_fieldCount; }
    // Characters (code points) of kept field i of the last record, all of them counted.
    qint64 fieldLength(qsizetype i) const { return m_lengths.value(i); }
    // Whether a field of the last record holds less than its text.
    bool truncated() const { return m_truncated; }

private:
    bool readChunk(QString &text);
    Status fail(qint64 line, const QString &message);

    QIODevice *m_device;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    qint64 m_linesRead = 0; // physical lines started
    bool m_atLineStart = true;
    bool m_started = false;
    qint64 m_recordLine = 0;
    QString m_error;
    qsizetype m_fieldCount = 0;
    QList<qint64> m_lengths;
    bool m_truncated = false;
};

} // namespace outfall::importer

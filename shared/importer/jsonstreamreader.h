#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

class QIODevice;

namespace outfall::importer {

// The one JSON reader of every JSON import file (permits JSON Lines, checklists): strict where
// QJsonDocument is lenient, streaming, and bounded in memory whatever the input.
//
// Refused, each with the line (and JSON path where there is one):
//  - anything RFC 8259 refuses, including raw control characters (NUL, tab, ESC...) inside
//    strings, invalid UTF-8, unpaired surrogate escapes (\ud800), NaN, 1e400;
//  - a key twice in one object ("key appears twice in the object"): QJsonDocument keeps the
//    last one silently;
//  - nesting deeper than Limits::maxDepth, more than maxValues values or more than maxTextKept
//    characters of text in one document.
//
// Memory: the device is read in chunks; a string longer than maxStringKept characters keeps
// only that many, and its full length is available from stringLength(path), so the field
// check can say "too long (52428800 > 500)" without holding 50 MB.
//
// Numbers become what QJsonDocument makes of them (an integer when the text is one that fits
// in 64 bits, otherwise a double), so QJsonDocument(value).toJson() gives the same bytes.
class JsonStreamReader
{
public:
    struct Limits
    {
        int maxDepth = 64;
        qint64 maxValues = 1'000'000; // per document
        qsizetype maxStringKept = 65'536; // characters kept of one string
        qint64 maxTextKept = 16 * 1024 * 1024; // characters of strings kept per document
    };

    struct Issue
    {
        qint64 line = 0;
        QString path;
        QString message;
    };

    enum class Status { Value, End, Error };

    explicit JsonStreamReader(QIODevice *device, Limits limits);
    explicit JsonStreamReader(QIODevice *device);

    // JSON Lines: the document of the next non-blank line. A document must fit on its line.
    // After an Error the reader has moved past the offending line and can go on.
    Status nextLine(QJsonValue &value);
    // The whole device as one document (End when it holds only white space).
    Status whole(QJsonValue &value);

    // The line the last document started on (1-based).
    qint64 line() const { return m_documentLine; }
    // The problems of the last document; empty after Value.
    const QList<Issue> &issues() const { return m_issues; }
    // The full length in characters of the string at `path` of the last document when it was
    // longer than what the value holds; -1 when the value holds all of it.
    qint64 stringLength(const QString &path) const { return m_longStrings.value(path, -1); }
    const QHash<QString, qint64> &longStrings() const { return m_longStrings; }

    // Paths as issues print them: $.outlets[2].code; a key that is not a plain word is quoted
    // (at most 40 characters, controls escaped): $."na\u0000me".
    static QString memberPath(const QString &parent, const QString &key);
    static QString elementPath(const QString &parent, qsizetype index);

private:
    struct Segment
    {
        QString key;
        qsizetype index = -1; // >= 0: an array element
    };

    void startDocument();
    bool fill();
    int peek();
    void advance();
    void skipSpace(bool acrossLines);
    void skipRestOfLine();

    bool parseValue(QJsonValue &value, int depth);
    bool enterContainer(char open, int depth);
    bool parseObject(QJsonValue &value, int depth);
    bool parseArray(QJsonValue &value, int depth);
    bool parseString(QString &text, bool recordLength = true);
    bool parseNumber(QJsonValue &value);
    bool parseLiteral(const char *word);
    bool parseEscape(char32_t &code);
    bool parseUtf8(char32_t &code);
    bool countValue();

    bool fail(const QString &message);
    bool failAtEnd();
    void issue(qint64 line, const QString &path, const QString &message);
    QString currentPath() const;

    QIODevice *m_device;
    Limits m_limits;
    static constexpr qint64 kChunk = 64 * 1024;
    QByteArray m_buffer;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    bool m_eof = false;
    bool m_started = false;
    bool m_lineMode = false;

    qint64 m_line = 1; // of the next byte
    qint64 m_column = 0; // characters of the line before the next byte
    qint64 m_documentLine = 0;
    QList<Segment> m_path;
    QList<char> m_containers; // '{' or '[' from the outermost in
    qint64 m_values = 0;
    qint64 m_textKept = 0;
    QList<Issue> m_issues;
    QHash<QString, qint64> m_longStrings;
};

} // namespace outfall::importer

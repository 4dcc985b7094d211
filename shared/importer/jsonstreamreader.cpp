#include "importer/jsonstreamreader.h"

#include "domain/textrules.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

constexpr qsizetype kMaxNumberBytes = 400;

bool isPlainKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 40)
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString byteName(int c)
{
    if (c > 0x20 && c < 0x7F)
        return u"'"_s + QChar(c) + u"'"_s;
    return u"byte 0x%1"_s.arg(c, 2, 16, QLatin1Char('0')).toUpper().replace(u"0X"_s, u"0x"_s);
}

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice *device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{ }

JsonStreamReader::JsonStreamReader(QIODevice *device)
    : JsonStreamReader(device, Limits())
{ }

QString JsonStreamReader::memberPath(const QString &parent, const QString &key)
{
    return parent + u'.' + (isPlainKey(key) ? key : domain::TextRules::quoted(key));
}

QString JsonStreamReader::elementPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QString JsonStreamReader::currentPath() const
{
    QString path = u"$"_s;
    for (const Segment &segment : m_path)
        path =
            segment.index >= 0 ? elementPath(path, segment.index) : memberPath(path, segment.key);
    return path;
}

bool JsonStreamReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(kChunk);
    const qint64 n = m_device->read(m_buffer.data(), kChunk);
    if (n <= 0) {
        m_eof = true;
        m_pos = m_end = nullptr;
        return false;
    }
    m_pos = m_buffer.constData();
    m_end = m_pos + n;
    if (!m_started) {
        m_started = true;
        if (n >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        if (m_pos == m_end)
            return fill();
    }
    return true;
}

int JsonStreamReader::peek()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(*m_pos);
}

void JsonStreamReader::advance()
{
    const auto c = static_cast<unsigned char>(*m_pos++);
    if (c == '\n') {
        ++m_line;
        m_column = 0;
    } else if ((c & 0xC0) != 0x80) {
        ++m_column;
    }
}

void JsonStreamReader::skipSpace(bool acrossLines)
{
    while (true) {
        const int c = peek();
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && acrossLines))
            advance();
        else
            return;
    }
}

void JsonStreamReader::skipRestOfLine()
{
    while (m_pos != m_end || fill()) {
        const void *newline = std::memchr(m_pos, '\n', static_cast<size_t>(m_end - m_pos));
        if (newline) {
            m_pos = static_cast<const char *>(newline);
            advance();
            return;
        }
        m_pos = m_end;
    }
}

void JsonStreamReader::issue(qint64 line, const QString &path, const QString &message)
{
    m_issues.append({line, path, message});
}

bool JsonStreamReader::fail(const QString &message)
{
    issue(m_line, u"$"_s, u"invalid JSON at character %1: %2"_s.arg(m_column + 1).arg(message));
    return false;
}

bool JsonStreamReader::failAtEnd()
{
    if (m_containers.isEmpty())
        return fail(u"a value is missing"_s);
    return fail(m_containers.last() == '{' ? u"unterminated object"_s : u"unterminated array"_s);
}

bool JsonStreamReader::countValue()
{
    if (++m_values <= m_limits.maxValues)
        return true;
    issue(m_line, u"$"_s,
        u"more than %1 values in one document; the file is not an import file"_s.arg(
            m_limits.maxValues));
    return false;
}

void JsonStreamReader::startDocument()
{
    m_issues.clear();
    m_longStrings.clear();
    m_path.clear();
    m_containers.clear();
    m_values = 0;
    m_textKept = 0;
    m_documentLine = m_line;
}

JsonStreamReader::Status JsonStreamReader::nextLine(QJsonValue &value)
{
    m_lineMode = true;
    while (true) {
        skipSpace(false);
        const int c = peek();
        if (c == -1)
            return Status::End;
        if (c != '\n')
            break;
        advance();
    }
    startDocument();
    QJsonValue parsed;
    bool ok = parseValue(parsed, 0);
    if (ok) {
        skipSpace(false);
        const int c = peek();
        if (c == '\n')
            advance();
        else if (c != -1)
            ok = fail(u"garbage at the end of the document"_s);
    }
    if (!ok)
        skipRestOfLine();
    if (!m_issues.isEmpty())
        return Status::Error;
    value = parsed;
    return Status::Value;
}

JsonStreamReader::Status JsonStreamReader::whole(QJsonValue &value)
{
    m_lineMode = false;
    skipSpace(true);
    if (peek() == -1)
        return Status::End;
    startDocument();
    QJsonValue parsed;
    if (parseValue(parsed, 0)) {
        skipSpace(true);
        if (peek() != -1)
            fail(u"garbage at the end of the document"_s);
    }
    if (!m_issues.isEmpty())
        return Status::Error;
    value = parsed;
    return Status::Value;
}

bool JsonStreamReader::parseValue(QJsonValue &value, int depth)
{
    if (!countValue())
        return false;
    const int c = peek();
    switch (c) {
    case '{':
        return parseObject(value, depth);
    case '[':
        return parseArray(value, depth);
    case '"': {
        QString text;
        if (!parseString(text))
            return false;
        value = QJsonValue(text);
        return true;
    }
    case 't':
        value = QJsonValue(true);
        return parseLiteral("true");
    case 'f':
        value = QJsonValue(false);
        return parseLiteral("false");
    case 'n':
        value = QJsonValue(QJsonValue::Null);
        return parseLiteral("null");
    case -1:
        return failAtEnd();
    case '\n':
        if (m_lineMode)
            return failAtEnd();
        break;
    default:
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber(value);
    }
    return fail(u"illegal value"_s);
}

bool JsonStreamReader::enterContainer(char open, int depth)
{
    if (depth >= m_limits.maxDepth) {
        issue(m_line, currentPath(),
            u"nested deeper than %1 levels; the file is not an import file"_s.arg(
                m_limits.maxDepth));
        return false;
    }
    advance(); // { or [
    m_containers.append(open);
    return true;
}

bool JsonStreamReader::parseObject(QJsonValue &value, int depth)
{
    if (!enterContainer('{', depth))
        return false;
    QJsonObject object;
    skipSpace(!m_lineMode);
    if (peek() == '}') {
        advance();
    } else {
        while (true) {
            skipSpace(!m_lineMode);
            int c = peek();
            if (c == -1 || (c == '\n' && m_lineMode))
                return failAtEnd();
            if (c != '"')
                return fail(u"a key in double quotes is expected"_s);
            const qint64 keyLine = m_line;
            QString key;
            if (!parseString(key, false))
                return false;
            skipSpace(!m_lineMode);
            c = peek();
            if (c == -1 || (c == '\n' && m_lineMode))
                return failAtEnd();
            if (c != ':')
                return fail(u"missing name separator ':'"_s);
            advance();
            skipSpace(!m_lineMode);
            m_path.append({key, -1});
            QJsonValue member;
            if (!parseValue(member, depth + 1))
                return false;
            // One lookup: a key already there leaves the size as it was.
            const qsizetype size = object.size();
            object.insert(key, member);
            if (object.size() == size)
                issue(keyLine, currentPath(), u"key appears twice in the object"_s);
            m_path.removeLast();
            skipSpace(!m_lineMode);
            c = peek();
            if (c == ',') {
                advance();
                continue;
            }
            if (c == '}') {
                advance();
                break;
            }
            if (c == -1 || (c == '\n' && m_lineMode))
                return failAtEnd();
            return fail(u"missing value separator ',' or end of object '}'"_s);
        }
    }
    m_containers.removeLast();
    value = object;
    return true;
}

bool JsonStreamReader::parseArray(QJsonValue &value, int depth)
{
    if (!enterContainer('[', depth))
        return false;
    QJsonArray array;
    skipSpace(!m_lineMode);
    if (peek() == ']') {
        advance();
    } else {
        while (true) {
            skipSpace(!m_lineMode);
            m_path.append({QString(), array.size()});
            QJsonValue element;
            if (!parseValue(element, depth + 1))
                return false;
            m_path.removeLast();
            array.append(element);
            skipSpace(!m_lineMode);
            const int c = peek();
            if (c == ',') {
                advance();
                continue;
            }
            if (c == ']') {
                advance();
                break;
            }
            if (c == -1 || (c == '\n' && m_lineMode))
                return failAtEnd();
            return fail(u"missing value separator ',' or end of array ']'"_s);
        }
    }
    m_containers.removeLast();
    value = array;
    return true;
}

bool JsonStreamReader::parseLiteral(const char *word)
{
    for (const char *p = word; *p; ++p) {
        if (peek() != static_cast<unsigned char>(*p))
            return fail(u"illegal value"_s);
        advance();
    }
    return true;
}

bool JsonStreamReader::parseNumber(QJsonValue &value)
{
    QByteArray text;
    bool isInteger = true;
    const auto digits = [&]() {
        qsizetype n = 0;
        for (int c = peek(); c >= '0' && c <= '9'; c = peek()) {
            if (text.size() >= kMaxNumberBytes)
                return -1;
            text += static_cast<char>(c);
            advance();
            ++n;
        }
        return static_cast<int>(n > 0 ? 1 : 0);
    };
    if (peek() == '-') {
        text += '-';
        advance();
    }
    if (peek() == '0') {
        text += '0';
        advance();
    } else {
        const int d = digits();
        if (d <= 0)
            return fail(d < 0 ? u"number too long"_s : u"illegal number"_s);
    }
    if (peek() == '.') {
        isInteger = false;
        text += '.';
        advance();
        const int d = digits();
        if (d <= 0)
            return fail(d < 0 ? u"number too long"_s : u"illegal number"_s);
    }
    if (peek() == 'e' || peek() == 'E') {
        isInteger = false;
        text += 'e';
        advance();
        if (peek() == '+' || peek() == '-') {
            text += static_cast<char>(peek());
            advance();
        }
        const int d = digits();
        if (d <= 0)
            return fail(d < 0 ? u"number too long"_s : u"illegal number"_s);
    }
    bool ok = false;
    if (isInteger) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok) {
            value = QJsonValue(static_cast<qint64>(n));
            return true;
        }
    }
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return fail(u"number out of range"_s);
    value = QJsonValue(d);
    return true;
}

bool JsonStreamReader::parseString(QString &text, bool recordLength)
{
    advance(); // "
    text.clear();
    qint64 length = 0;
    const qsizetype cap = m_limits.maxStringKept;
    bool cut = false;
    while (true) {
        if (m_pos == m_end && !fill())
            return fail(u"unterminated string"_s);
        const char *start = m_pos;
        while (m_pos < m_end) {
            const auto c = static_cast<unsigned char>(*m_pos);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                break;
            ++m_pos;
        }
        if (m_pos > start) {
            const qsizetype n = m_pos - start;
            m_column += n;
            length += n;
            const qsizetype room = cap - text.size();
            if (room > 0)
                text += QLatin1StringView(start, std::min(n, room));
            cut = cut || n > room;
            continue;
        }
        const auto c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            advance();
            break;
        }
        char32_t code = 0;
        if (c == '\\') {
            if (!parseEscape(code))
                return false;
        } else if (c < 0x20) {
            if (c == '\n' && m_lineMode)
                return fail(u"unterminated string"_s);
            return fail(u"raw control character U+%1 inside a string (JSON needs it escaped)"_s.arg(
                QString::number(c, 16).rightJustified(4, u'0').toUpper()));
        } else if (!parseUtf8(code)) {
            return false;
        }
        ++length;
        if (text.size() >= cap) {
            cut = true;
        } else if (code > 0xFFFF) {
            text += QChar(QChar::highSurrogate(code));
            text += QChar(QChar::lowSurrogate(code));
        } else {
            text += QChar(static_cast<char16_t>(code));
        }
    }
    if (cut && recordLength)
        m_longStrings.insert(currentPath(), length);
    m_textKept += text.size();
    if (m_textKept > m_limits.maxTextKept) {
        issue(m_line, u"$"_s,
            u"more than %1 characters of text in one document; the file is not an import file"_s
                .arg(m_limits.maxTextKept));
        return false;
    }
    return true;
}

bool JsonStreamReader::parseEscape(char32_t &out)
{
    advance(); // backslash
    const int c = peek();
    switch (c) {
    case '"':
    case '\\':
    case '/':
        out = static_cast<char32_t>(c);
        break;
    case 'b':
        out = u'\b';
        break;
    case 'f':
        out = u'\f';
        break;
    case 'n':
        out = u'\n';
        break;
    case 'r':
        out = u'\r';
        break;
    case 't':
        out = u'\t';
        break;
    case 'u': {
        const auto hex4 = [this](char16_t &unit) {
            unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(peek());
                if (digit < 0)
                    return false;
                unit = static_cast<char16_t>(unit * 16 + digit);
                advance();
            }
            return true;
        };
        advance();
        char16_t unit = 0;
        if (!hex4(unit))
            return fail(u"\\u needs four hex digits"_s);
        const QString escape = u"\\u%1"_s.arg(unit, 4, 16, QLatin1Char('0'));
        if (QChar::isLowSurrogate(unit))
            return fail(u"unpaired surrogate escape %1"_s.arg(escape));
        if (QChar::isHighSurrogate(unit)) {
            char16_t low = 0;
            if (peek() != '\\')
                return fail(u"unpaired surrogate escape %1"_s.arg(escape));
            advance();
            if (peek() != 'u')
                return fail(u"unpaired surrogate escape %1"_s.arg(escape));
            advance();
            if (!hex4(low))
                return fail(u"\\u needs four hex digits"_s);
            if (!QChar::isLowSurrogate(low))
                return fail(u"unpaired surrogate escape %1"_s.arg(escape));
            out = QChar::surrogateToUcs4(unit, low);
            return true;
        }
        out = unit;
        return true;
    }
    case -1:
        return fail(u"unterminated string"_s);
    default:
        return fail(u"illegal escape sequence \\ followed by %1"_s.arg(byteName(c)));
    }
    advance();
    return true;
}

bool JsonStreamReader::parseUtf8(char32_t &out)
{
    const qint64 leadColumn = m_column; // the message points at the sequence's first byte
    const auto invalid = [&]() {
        m_column = leadColumn;
        return fail(u"invalid UTF-8"_s);
    };
    const int lead = peek();
    int need = 0;
    char32_t code = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        code = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        code = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        code = lead & 0x07;
        min = 0x10000;
    } else {
        return invalid();
    }
    advance();
    for (int i = 0; i < need; ++i) {
        const int c = peek();
        if (c < 0 || (c & 0xC0) != 0x80)
            return invalid();
        code = (code << 6) | static_cast<char32_t>(c & 0x3F);
        advance();
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return invalid();
    out = code;
    return true;
}

} // namespace outfall::importer

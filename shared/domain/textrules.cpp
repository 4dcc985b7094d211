#include "domain/textrules.h"

using namespace Qt::StringLiterals;

namespace outfall::domain::TextRules {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineSeparator(char32_t c)
{
    return c == 0x2028 || c == 0x2029;
}

QString codePoint(char32_t c)
{
    return u"U+%1"_s.arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Calls visit(codePoint, index of its first QChar, 1-based character number) for each
// character; an unpaired surrogate is visited as itself. Stops when visit returns false.
template<typename Visit>
void forEachCharacter(QStringView text, Visit visit)
{
    qsizetype number = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!visit(c, at, ++number))
            return;
    }
}

} // namespace

qsizetype length(QStringView text)
{
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return text.size() - pairs;
}

QString characterProblem(QStringView text, Lines lines)
{
    QString problem;
    forEachCharacter(text, [&](char32_t c, qsizetype at, qsizetype number) {
        const bool lineBreak = c == u'\n' || c == u'\r' || isLineSeparator(c);
        if (c == u'\t')
            return true;
        if (lineBreak && lines == Lines::One) {
            problem =
                u"contains a line break at character %1 (the field is one line)"_s.arg(number);
            return false;
        }
        if (c == u'\n' || isLineSeparator(c))
            return true;
        if (c == u'\r' && at + 1 < text.size() && text[at + 1] == u'\n')
            return true;
        if (isControl(c)) {
            problem = u"contains the control character %1 at character %2"_s.arg(codePoint(c))
                          .arg(number);
            return false;
        }
        if (isBidiControl(c)) {
            problem = u"contains the bidirectional control %1 at character %2"_s.arg(codePoint(c))
                          .arg(number);
            return false;
        }
        if (QChar::isSurrogate(c)) {
            problem = u"contains the unpaired surrogate %1 at character %2"_s.arg(codePoint(c))
                          .arg(number);
            return false;
        }
        return true;
    });
    return problem;
}

QString problem(QStringView text, Rule rule)
{
    const qsizetype n = length(text);
    if (n > rule.maxLength)
        return u"too long (%1 > %2)"_s.arg(n).arg(rule.maxLength);
    return characterProblem(text, rule.lines);
}

QString quoted(QStringView text, qsizetype prefix)
{
    QString out = u"\""_s;
    bool cut = false;
    forEachCharacter(text, [&](char32_t c, qsizetype at, qsizetype number) {
        if (number > prefix) {
            cut = true;
            return false;
        }
        if (isControl(c) || isBidiControl(c) || isLineSeparator(c) || QChar::isSurrogate(c))
            out += u"\\u"_s + codePoint(c).mid(2);
        else
            out += text.mid(at, c > 0xFFFF ? 2 : 1);
        return true;
    });
    out += cut ? u"…\""_s : u"\""_s;
    if (cut)
        out += u" (%1 characters)"_s.arg(length(text));
    return out;
}

} // namespace outfall::domain::TextRules

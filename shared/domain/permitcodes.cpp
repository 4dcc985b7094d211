#include "domain/permitcodes.h"

using namespace Qt::StringLiterals;

namespace outfall::domain::PermitCodes {

std::optional<QChar> usccCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return std::nullopt;
    // Weight of position i is 3^i mod 31 (GB 32100-2015, 5.3).
    int weight = 1;
    int sum = 0;
    for (const QChar c : first17) {
        const qsizetype value = kUsccAlphabet.indexOf(c);
        if (value < 0)
            return std::nullopt;
        sum += static_cast<int>(value) * weight;
        weight = (weight * 3) % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return kUsccAlphabet[check];
}

QString validateUscc(QStringView uscc)
{
    if (uscc.size() != 18)
        return u"must be 18 characters, not %1"_s.arg(uscc.size());
    for (qsizetype i = 0; i < uscc.size(); ++i) {
        if (!kUsccAlphabet.contains(uscc[i]))
            return u"character %1 ('%2') is not allowed (digits and A-Z without I, O, S, V, Z)"_s
                .arg(i + 1)
                .arg(uscc[i]);
    }
    const QChar expected = *usccCheckCharacter(uscc.first(17));
    if (uscc[17] != expected)
        return u"check character is '%1' but GB 32100-2015 gives '%2'"_s.arg(uscc[17]).arg(
            expected);
    return {};
}

QString validatePermitNumber(QStringView number)
{
    if (number.size() != 22)
        return u"must be 22 characters (18-character credit code + 3-digit site + letter), not %1"_s
            .arg(number.size());
    for (qsizetype i = 18; i < 21; ++i) {
        if (!number[i].isDigit() || number[i].unicode() > 127)
            return u"characters 19-21 must be the 3-digit site sequence"_s;
    }
    const QChar letter = number[21];
    if (letter < u'A' || letter > u'Z')
        return u"character 22 must be an upper-case letter"_s;
    const QString usccError = validateUscc(number.first(18));
    if (!usccError.isEmpty())
        return u"credit code part: "_s + usccError;
    return {};
}

QString validateOutletCode(QStringView code, QStringView medium)
{
    const bool shape = code.size() == 5 && code[0] == u'D' && (code[1] == u'A' || code[1] == u'W')
        && code[2].isDigit() && code[3].isDigit() && code[4].isDigit();
    if (!shape)
        return u"must be D + A (air) or W (water) + 3 digits, like DA001"_s;
    if (medium == u"air" && code[1] != u'A')
        return u"an air outlet's code starts with DA"_s;
    if (medium == u"water" && code[1] != u'W')
        return u"a water outlet's code starts with DW"_s;
    return {};
}

} // namespace outfall::domain::PermitCodes

#include "rules/flag.h"

#include "rules/flagterms.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Violation:
        return u"violation"_s;
    }
    return u"warning"_s;
}

QString flagId(const QString &ruleId, const FlagSubject &subject)
{
    // Fields are joined with a separator no field can hold (ids and codes are printable),
    // so ("R1", "a", "bc") and ("R1", "ab", "c") never hash alike.
    QByteArray name = "outfall-flag-v1";
    for (const QString *part : {&ruleId, &subject.permitId, &subject.outletId, &subject.pollutant,
             &subject.period, &subject.detail}) {
        name.append('\x1f');
        name.append(part->toUtf8());
    }
    QByteArray bytes = QCryptographicHash::hash(name, QCryptographicHash::Sha256).left(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x80); // version 8: custom
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // variant 10
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString FlagInput::nameIn(const QString &language) const
{
    return language == u"zh" && !nameZh.isEmpty() ? nameZh : name;
}

QString FlagInput::valueIn(const QString &language) const
{
    if (language != u"zh")
        return value;
    const QString zh = inputValueZh(name, value);
    return zh.isEmpty() ? value : zh;
}

QString FlagStep::textIn(const QString &language) const
{
    return language == u"zh" && !textZh.isEmpty() ? textZh : textEn;
}

QStringList Flag::stepsIn(const QString &language) const
{
    QStringList lines;
    for (const FlagStep &step : steps)
        lines << step.textIn(language);
    return lines;
}

QString Flag::id() const
{
    return flagId(ruleId, subject);
}

} // namespace outfall::rules

#include "routes/poolfilter.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::routes {

namespace {

constexpr int kMaxDays = 36500;

[[noreturn]] void fail(const QString &message)
{
    throw PoolFilterError(u"--pool: "_s + message);
}

} // namespace

PoolFilter PoolFilter::parse(const QString &text)
{
    PoolFilter filter;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        fail(u"empty; give KEY=VALUE pairs (region, industry, class, not-inspected-days) or all"_s);
    if (trimmed == u"all")
        return filter;
    QSet<QString> seen;
    static const QRegularExpression industryCode(u"^\\d{4}$"_s);
    for (const QString &pair : trimmed.split(u',')) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = pair.left(equals).trimmed();
        if (equals < 0)
            fail(u"'%1' is not KEY=VALUE"_s.arg(pair.trimmed()));
        if (seen.contains(key))
            fail(u"key '%1' is given twice; separate its alternatives with '|'"_s.arg(key));
        seen.insert(key);
        QStringList values;
        for (const QString &value : pair.mid(equals + 1).split(u'|'))
            values.append(value.trimmed());
        if (values.contains(QString()))
            fail(u"key '%1' has an empty value"_s.arg(key));
        if (key == u"region") {
            filter.regions = values;
        } else if (key == u"industry") {
            for (const QString &value : values) {
                if (!industryCode.match(value).hasMatch())
                    fail(u"industry '%1' is not a 4-digit national industry code"_s.arg(value));
            }
            filter.industries = values;
        } else if (key == u"class") {
            for (const QString &value : values) {
                if (value != u"key" && value != u"simplified" && value != u"registration")
                    fail(u"class '%1' must be key, simplified or registration"_s.arg(value));
            }
            filter.classes = values;
        } else if (key == u"not-inspected-days") {
            bool ok = false;
            const int days = values.size() == 1 ? values[0].toInt(&ok) : 0;
            if (!ok || days < 1 || days > kMaxDays)
                fail(u"not-inspected-days '%1' must be one whole number of days, 1 to %2"_s
                         .arg(values.join(u'|'))
                         .arg(kMaxDays));
            filter.notInspectedDays = days;
        } else {
            fail(
                u"unknown key '%1' (keys: region, industry, class, not-inspected-days)"_s.arg(key));
        }
    }
    return filter;
}

QString PoolFilter::toText() const
{
    QStringList parts;
    if (!regions.isEmpty())
        parts << u"region="_s + regions.join(u'|');
    if (!industries.isEmpty())
        parts << u"industry="_s + industries.join(u'|');
    if (!classes.isEmpty())
        parts << u"class="_s + classes.join(u'|');
    if (notInspectedDays)
        parts << u"not-inspected-days="_s + QString::number(*notInspectedDays);
    return parts.isEmpty() ? u"all"_s : parts.join(u',');
}

} // namespace outfall::routes

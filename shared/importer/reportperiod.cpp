#include "importer/reportperiod.h"

#include "domain/textrules.h"
#include "importer/fieldformats.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outfall::importer::ReportPeriod {

namespace {

using domain::TextRules::quoted;

QRegularExpression exactly(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

Result fail(const QString &error)
{
    return {QString(), error, QString()};
}

Result cemsHour(const QString &text)
{
    static const QRegularExpression utc = exactly(u"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2})"_s);
    static const QRegularExpression offset =
        exactly(u"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2})([+-])([0-9]{2}):([0-9]{2})"_s);
    const QString expected = u"%1 is not an hour YYYY-MM-DDTHH (UTC) or "
                             u"YYYY-MM-DDTHH:00+HH:MM"_s.arg(quoted(text));
    if (const auto m = utc.match(text); m.hasMatch()) {
        if (!FieldFormats::isDate(m.captured(1)) || m.captured(2).toInt() > 23)
            return fail(expected);
        return {text, QString(), QString()};
    }
    const auto m = offset.match(text);
    if (!m.hasMatch() || !FieldFormats::isDate(m.captured(1)) || m.captured(2).toInt() > 23)
        return fail(expected);
    if (m.captured(3) != u"00")
        return fail(u"%1: a CEMS hour starts at minute 00"_s.arg(quoted(text)));
    const int offsetHours = m.captured(5).toInt();
    if (m.captured(6) != u"00" || offsetHours > 14)
        return fail(u"%1: the UTC offset must be whole hours, up to 14"_s.arg(quoted(text)));
    const int sign = m.captured(4) == u"-" ? -1 : 1;
    const QDateTime local(QDate::fromString(m.captured(1), Qt::ISODate),
        QTime(m.captured(2).toInt(), 0), QTimeZone(sign * offsetHours * 3600));
    return {local.toUTC().toString(u"yyyy-MM-ddTHH"_s), QString(), QString()};
}

Result executionPeriod(const QString &text)
{
    static const QRegularExpression year = exactly(u"[0-9]{4}"_s);
    static const QRegularExpression half = exactly(u"[0-9]{4}-H[12]"_s);
    static const QRegularExpression quarter = exactly(u"[0-9]{4}-Q[1-4]"_s);
    if (year.match(text).hasMatch())
        return {text, QString(), u"annual"_s};
    if (half.match(text).hasMatch())
        return {text, QString(), u"semiannual"_s};
    if (quarter.match(text).hasMatch())
        return {text, QString(), u"quarterly"_s};
    if (FieldFormats::isMonth(text))
        return {text, QString(), u"monthly"_s};
    return fail(
        u"%1 is not a report period (2026, 2026-H1, 2026-Q3 or 2026-07)"_s.arg(quoted(text)));
}

} // namespace

Result parse(QStringView record, QStringView view)
{
    const QString text = view.toString();
    if (record == u"cems_hour")
        return cemsHour(text);
    if (record == u"execution_report")
        return executionPeriod(text);
    if (record == u"month_amount") {
        if (FieldFormats::isMonth(text))
            return {text, QString(), QString()};
        return fail(u"%1 is not a month YYYY-MM"_s.arg(quoted(text)));
    }
    if (FieldFormats::isDate(text))
        return {text, QString(), QString()};
    return fail(u"%1 is not a date YYYY-MM-DD"_s.arg(quoted(text)));
}

} // namespace outfall::importer::ReportPeriod

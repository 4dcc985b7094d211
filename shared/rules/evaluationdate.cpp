#include "rules/evaluationdate.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QDate todayInChina()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
}

QDate parseAsOf(const QString &text, QString &problem)
{
    // QDate::fromString alone would take "2026-1-5" and other shapes; the store's dates are
    // YYYY-MM-DD only.
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date =
        shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        problem = u"--as-of must be a date YYYY-MM-DD, not '%1'"_s.arg(text);
    return date;
}

} // namespace outfall::rules

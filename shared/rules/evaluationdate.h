#pragma once

#include <QDate>
#include <QString>

namespace outfall::rules {

// The evaluation date (EvaluationContext::asOf) of the command lines: a calendar date in
// China Standard Time, given as --as-of YYYY-MM-DD or today.
QDate todayInChina();

// Parses --as-of text: exactly YYYY-MM-DD and a real date. Returns an invalid date and sets
// problem otherwise ("--as-of must be a date YYYY-MM-DD, not '2026-02-30'").
QDate parseAsOf(const QString &text, QString &problem);

} // namespace outfall::rules

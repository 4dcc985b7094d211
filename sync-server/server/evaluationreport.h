#pragma once

#include "server/flagevaluator.h"

#include <QDate>
#include <QString>

namespace outfall::server {

// An evaluation's summary as the command line prints it: permits, time, what changed, and the
// flags raised by rule (every rule listed, so a rule that found nothing says 0).
QString evaluationReport(const FlagEvaluator::Summary &summary, QDate asOf);

// Parses --as-of: a calendar date YYYY-MM-DD. Returns an invalid date and sets problem when
// the text is not one ("--as-of must be a date YYYY-MM-DD, not 2026-13-01").
QDate parseAsOf(const QString &text, QString &problem);

} // namespace outfall::server

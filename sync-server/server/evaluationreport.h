#pragma once

#include "server/flagevaluator.h"

#include <QDate>
#include <QString>

namespace outfall::server {

// An evaluation's summary as the command line prints it: permits, time, what changed, and the
// flags raised by rule (every rule listed, so a rule that found nothing says 0).
QString evaluationReport(const FlagEvaluator::Summary &summary, QDate asOf);

} // namespace outfall::server

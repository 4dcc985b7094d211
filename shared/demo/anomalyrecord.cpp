#include "demo/anomalyrecord.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString AnomalyRecord::kindName(AnomalyKind kind)
{
    switch (kind) {
    case AnomalyKind::ConcentrationExceedance:
        return u"concentration_exceedance"_s;
    case AnomalyKind::AnnualTotalExceeded:
        return u"annual_total_exceeded"_s;
    case AnomalyKind::MissingExecutionReport:
        return u"missing_execution_report"_s;
    case AnomalyKind::LateExecutionReport:
        return u"late_execution_report"_s;
    case AnomalyKind::MissingSample:
        return u"missing_sample"_s;
    case AnomalyKind::CemsFlatline:
        return u"cems_flatline"_s;
    case AnomalyKind::MovedOutlet:
        return u"moved_outlet"_s;
    case AnomalyKind::UndeclaredOutlet:
        return u"undeclared_outlet"_s;
    case AnomalyKind::ExpiredPermit:
        return u"expired_permit"_s;
    case AnomalyKind::ShutdownWhileRunning:
        break;
    }
    return u"shutdown_while_running"_s;
}

bool AnomalyRecord::needsReports(AnomalyKind kind)
{
    return kind != AnomalyKind::MovedOutlet && kind != AnomalyKind::UndeclaredOutlet
        && kind != AnomalyKind::ExpiredPermit;
}

QJsonObject AnomalyRecord::toJson() const
{
    return {{u"id"_s, id}, {u"kind"_s, kindName(kind)}, {u"permit"_s, permit},
        {u"enterprise"_s, enterprise}, {u"industry_code"_s, industryCode},
        {u"outlet"_s, orNull(outlet)}, {u"pollutant"_s, orNull(pollutant)},
        {u"record"_s, orNull(record)}, {u"period"_s, orNull(period)}, {u"expected"_s, expected},
        {u"truth"_s, truth}, {u"note"_s, note}};
}

} // namespace outfall::demo

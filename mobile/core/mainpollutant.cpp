#include "core/mainpollutant.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

namespace {

bool hasConcentrationLimit(const OutletDetail &outlet, const QString &pollutant)
{
    for (const LimitTerm &limit : outlet.limits) {
        if (limit.pollutant == pollutant && (limit.max || limit.min))
            return true;
    }
    return false;
}

} // namespace

std::optional<OutletPollutant> mainPollutant(const QList<OutletDetail> &outlets)
{
    for (const OutletDetail &outlet : outlets) {
        if (outlet.category != u"main"_s)
            continue;
        for (const MonitoringTerm &term : outlet.monitoring) {
            if (term.mode == u"automatic"_s && hasConcentrationLimit(outlet, term.pollutant))
                return OutletPollutant {outlet.id, term.pollutant};
        }
    }
    for (const OutletDetail &outlet : outlets) {
        for (const LimitTerm &limit : outlet.limits) {
            if (limit.max || limit.min)
                return OutletPollutant {outlet.id, limit.pollutant};
        }
    }
    return std::nullopt;
}

} // namespace outfall::mobile

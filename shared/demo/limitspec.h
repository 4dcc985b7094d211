#pragma once

#include <QString>

namespace outfall::demo {

// One row of an industry's limit table: the limit and how it must be monitored. Units
// come from the pollutant catalogue, methods from MonitoringMethods.
struct LimitSpec
{
    QString pollutant;
    double max = 0; // 0: no maximum
    double min = -1; // < 0: no minimum (pH has both)
    QString mode; // automatic / manual
    QString frequency; // continuous / daily / weekly / monthly / quarterly / semiannual / annual
};

} // namespace outfall::demo

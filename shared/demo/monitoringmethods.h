#pragma once

#include <QString>

namespace outfall::demo {

// The method standard a permit names for monitoring a pollutant.
class MonitoringMethods
{
public:
    // limitMax matters for particulates: low concentrations (ultra-low emission) need
    // HJ 836-2017, higher ones the classic GB/T 16157-1996 isokinetic method.
    static QString forPollutant(const QString &pollutant, double limitMax);
};

} // namespace outfall::demo

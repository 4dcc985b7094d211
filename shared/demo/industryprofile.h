#pragma once

#include "demo/demopermit.h"
#include "demo/industrymix.h"
#include "demo/limitspec.h"
#include "demo/namebank.h"

namespace outfall::demo {

class DemoRandom;
struct District;

// What makes a permit of one industry: its industry code, name, capacity, report
// schedule and the outlets with their limits and monitoring.
class IndustryProfile
{
public:
    virtual ~IndustryProfile() = default;

    // Fills the industry part of a permit whose identity (USCC, site, validity) is set.
    virtual void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const = 0;

    static const IndustryProfile &forIndustry(Industry industry);

protected:
    static void setName(DemoPermit &permit, const NamePair &trade, const QString &suffixZh,
        const QString &suffixEn);
    // HJ 942-2018: key management files annual and quarterly reports, simplified annual.
    static QList<domain::ReportSchedule> keySchedule();
    static QList<domain::ReportSchedule> simplifiedSchedule();
    // GB 21900-2008 table 2 at the total outfall, common to plating and circuit boards.
    static QList<LimitSpec> gb21900Outfall();
};

} // namespace outfall::demo

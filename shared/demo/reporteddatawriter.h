#pragma once

#include "demo/demooptions.h"
#include "demo/demopermit.h"
#include "demo/reportplan.h"

#include <QByteArray>
#include <QHash>

namespace outfall::demo {

class DemoRandom;

// Writes a permit's rows of reports.csv: CEMS series for automatic monitoring, manual
// samples at the required frequency, month_amount for every limit with an annual amount,
// and the execution reports due before asOf.
class ReportedDataWriter
{
public:
    struct Result
    {
        qint64 rows = 0;
        // "DA001/SO2" -> the largest total over any 12 consecutive reported months (t),
        // what the annual amount is compared with.
        QHash<QString, double> twelveMonthTonnes;
    };

    explicit ReportedDataWriter(const DemoOptions &options);

    Result write(
        const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng, QByteArray &out) const;

    static QString amountKey(const QString &outlet, const QString &pollutant)
    {
        return outlet + u'/' + pollutant;
    }

private:
    qint64 writeAmounts(const DemoPermit &permit, const DemoOutlet &outlet,
        const domain::EmissionLimit &limit, const QList<double> &monthTonnes,
        QByteArray &out) const;
    qint64 writeExecutionReports(
        const DemoPermit &permit, ReportPlan &plan, DemoRandom &rng, QByteArray &out) const;

    DemoOptions m_options;
};

} // namespace outfall::demo

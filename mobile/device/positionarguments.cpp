#include "device/positionarguments.h"

#include "device/cliarguments.h"

using namespace Qt::StringLiterals;

namespace outfall::device {

std::vector<mobile::PositionSample> positionArguments(const CliArguments &args, bool required)
{
    const QStringList lats = args.all(u"lat"_s);
    const QStringList lons = args.all(u"lon"_s);
    const QStringList accuracies = args.all(u"accuracy"_s);
    if (lats.isEmpty() && lons.isEmpty() && accuracies.isEmpty()) {
        if (required)
            throw UsageError(u"a position is required: --lat, --lon and --accuracy"_s);
        return {};
    }
    if (accuracies.isEmpty())
        throw UsageError(u"--accuracy is required with a position (a fix without a stated"
                         u" accuracy is not a position)"_s);
    if (lats.size() != lons.size() || lats.size() != accuracies.size())
        throw UsageError(u"every fix needs --lat, --lon and --accuracy: got %1 --lat, %2 --lon,"
                         u" %3 --accuracy"_s.arg(lats.size())
                             .arg(lons.size())
                             .arg(accuracies.size()));
    const int samples = args.integer(u"samples"_s, 1, 1, 100000);
    std::vector<mobile::PositionSample> fixes;
    for (qsizetype i = 0; i < lats.size(); ++i) {
        fixes.push_back(
            {CliArguments::toNumber(u"lat"_s, lats[i]), CliArguments::toNumber(u"lon"_s, lons[i]),
                CliArguments::toNumber(u"accuracy"_s, accuracies[i]), samples});
    }
    return fixes;
}

} // namespace outfall::device

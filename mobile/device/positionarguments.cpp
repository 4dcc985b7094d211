#include "device/positionarguments.h"

#include "cli/commandline.h"

using namespace Qt::StringLiterals;

namespace outfall::device {

std::vector<mobile::PositionSample> positionArguments(const cli::CommandLine &args, bool required)
{
    const QStringList lats = args.all(u"lat"_s);
    const QStringList lons = args.all(u"lon"_s);
    const QStringList accuracies = args.all(u"accuracy"_s);
    if (lats.isEmpty() && lons.isEmpty() && accuracies.isEmpty()) {
        if (required)
            throw cli::UsageError(u"a position is required: --lat, --lon and --accuracy"_s);
        return {};
    }
    if (accuracies.isEmpty())
        throw cli::UsageError(u"--accuracy is required with a position (a fix without a stated"
                              u" accuracy is not a position)"_s);
    if (lats.size() != lons.size() || lats.size() != accuracies.size())
        throw cli::UsageError(
            u"every fix needs --lat, --lon and --accuracy: got %1 --lat, %2 --lon,"
            u" %3 --accuracy"_s.arg(lats.size())
                .arg(lons.size())
                .arg(accuracies.size()));
    const int samples = args.integer(u"samples"_s, 1, 1, 100000);
    std::vector<mobile::PositionSample> fixes;
    for (qsizetype i = 0; i < lats.size(); ++i) {
        fixes.push_back({cli::CommandLine::toNumber(u"lat"_s, lats[i]),
            cli::CommandLine::toNumber(u"lon"_s, lons[i]),
            cli::CommandLine::toNumber(u"accuracy"_s, accuracies[i]), samples});
    }
    return fixes;
}

} // namespace outfall::device

// bench_generate [N]: generates N enterprises (default 240 000) with --no-reports into a
// temporary directory and prints enterprises/s, bytes written and peak RSS, which must
// stay flat as N grows because the generator streams.
#include "cli/positionalline.h"
#include "demo/demogenerator.h"
#include "diag/peakrss.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    outfall::demo::DemoOptions options;
    options.reports = false;
    outfall::cli::PositionalLine commandLine(
        app.arguments(), QStringLiteral("usage: bench_generate [ENTERPRISES>=1]"), 1);
    options.enterprises =
        commandLine.number(0, QStringLiteral("ENTERPRISES"), 240000, 1, 100'000'000);
    if (const auto exit = commandLine.stop())
        return *exit;
    QTemporaryDir dir; // removed on exit: the output is large
    if (!dir.isValid())
        return 1;
    outfall::demo::DemoGenerator generator(options);
    generator.setProgress(
        [](qint64 done, qint64 total) {
            std::fprintf(stderr, "  %lld/%lld\n", static_cast<long long>(done),
                static_cast<long long>(total));
        },
        50000);
    QElapsedTimer timer;
    timer.start();
    const auto summary = generator.generate(dir.path());
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("enterprises        %lld\n", static_cast<long long>(summary.enterprises));
    std::printf("outlets            %lld\n", static_cast<long long>(summary.outlets));
    std::printf("seconds            %.2f\n", seconds);
    std::printf("enterprises/s      %.0f\n", static_cast<double>(summary.enterprises) / seconds);
    std::printf("bytes written      %lld (%.1f MiB)\n", static_cast<long long>(summary.bytes),
        static_cast<double>(summary.bytes) / (1024.0 * 1024.0));
    std::printf(
        "peak RSS           %lld KiB\n", static_cast<long long>(outfall::diag::peakRssKiB()));
    return 0;
}

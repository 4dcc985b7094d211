// outfall-demo-route: writes an NMEA log of an inspector travelling a route of permits,
// standing at each of their outlets in turn (shared/demo NmeaRoute). The shipped
// assets/demo-route.nmea was made with it (docs/app.md says how); the app replays such a log
// with `outfall --nmea FILE`.
#include "cli/commandline.h"
#include "demo/nmearoute.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

int fail(int code, const QString &message)
{
    if (code == cli::kUsageExitCode)
        return cli::usageError(u"outfall-demo-route"_s, message);
    std::fprintf(stderr, "outfall-demo-route: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write an NMEA log of a route through the outlets of given permits."_s);
    parser.addHelpOption();
    const QCommandLineOption permitsOption(u"permits"_s,
        u"permits.jsonl (outfall-server generate-demo, or an import file)."_s, u"FILE"_s);
    const QCommandLineOption permitOption(
        u"permit"_s, u"A permit number to visit, in order (repeatable)."_s, u"NUMBER"_s);
    const QCommandLineOption industryOption(u"industry"_s,
        u"Visit the first --count permits of this industry code, in file order."_s, u"CODE"_s);
    const QCommandLineOption countOption(
        u"count"_s, u"How many permits with --industry (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption startOption(
        u"start"_s, u"First fix, UTC (ISO 8601)."_s, u"TIME"_s, u"2026-11-02T01:30:00Z"_s);
    const QCommandLineOption speedOption(u"speed"_s,
        u"Travel speed between outlets in m/s (default 12, a car in town)."_s, u"MPS"_s, u"12"_s);
    const QCommandLineOption dwellOption(
        u"dwell"_s, u"Seconds standing at each outlet (default 45)."_s, u"S"_s, u"45"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Noise seed (default 42)."_s, u"N"_s, u"42"_s);
    const QCommandLineOption outOption(u"out"_s, u"The NMEA log to write."_s, u"FILE"_s);
    parser.addOptions({permitsOption, permitOption, industryOption, countOption, startOption,
        speedOption, dwellOption, seedOption, outOption});
    if (const auto exit = cli::parseOrExit(parser, app.arguments(), u"outfall-demo-route"_s))
        return *exit;

    if (!parser.isSet(permitsOption) || !parser.isSet(outOption))
        return fail(2, u"--permits FILE and --out FILE are required"_s);
    if (parser.isSet(permitOption) == parser.isSet(industryOption))
        return fail(2, u"give either --permit NUMBER... or --industry CODE"_s);
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1)
        return fail(2, u"--count must be a positive number"_s);
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed <= 0 || speed > 50)
        return fail(2, u"--speed must be between 0 and 50 m/s"_s);
    const int dwell = parser.value(dwellOption).toInt(&ok);
    if (!ok || dwell < 1)
        return fail(2, u"--dwell must be a positive number of seconds"_s);
    const std::uint64_t seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(2, u"--seed must be a number"_s);
    const QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
    if (!start.isValid())
        return fail(2, u"--start must be an ISO 8601 time"_s);

    QFile file(parser.value(permitsOption));
    if (!file.open(QIODevice::ReadOnly))
        return fail(1, u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    QHash<QString, QJsonObject> byNumber;
    QList<QJsonObject> chosen;
    const QStringList wanted = parser.values(permitOption);
    const QString industry = parser.value(industryOption);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject permit = QJsonDocument::fromJson(line).object();
        if (permit.isEmpty())
            return fail(1, u"%1: a line is not a JSON object"_s.arg(file.fileName()));
        byNumber.insert(permit.value(u"number"_s).toString(), permit);
        if (!industry.isEmpty() && chosen.size() < count
            && permit.value(u"industry_code"_s).toString() == industry)
            chosen.append(permit);
    }
    for (const QString &number : wanted) {
        if (!byNumber.contains(number))
            return fail(1, u"permit %1 is not in %2"_s.arg(number, file.fileName()));
        chosen.append(byNumber.value(number));
    }
    if (chosen.isEmpty())
        return fail(1, u"no permit of industry %1 in %2"_s.arg(industry, file.fileName()));

    outfall::demo::NmeaRoute route(start.toUTC(), speed, seed);
    int stops = 0;
    for (const QJsonObject &permit : std::as_const(chosen)) {
        const QJsonArray outlets = permit.value(u"outlets"_s).toArray();
        for (const QJsonValue &outlet : outlets) {
            const QJsonObject o = outlet.toObject();
            route.addStop({o.value(u"lat"_s).toDouble(), o.value(u"lon"_s).toDouble(), dwell});
            ++stops;
        }
        std::printf("%s %s (%lld outlets)\n", qPrintable(permit.value(u"number"_s).toString()),
            qPrintable(permit.value(u"enterprise"_s).toObject().value(u"name"_s).toString()),
            static_cast<long long>(outlets.size()));
    }
    const QByteArray log = route.write();
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(log) != log.size() || !out.commit())
        return fail(1, u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
    std::printf("%d stops, %lld bytes -> %s\n", stops, static_cast<long long>(log.size()),
        qPrintable(out.fileName()));
    return 0;
}

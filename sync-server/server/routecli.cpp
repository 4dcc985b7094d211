#include "server/routecli.h"

#include "cli/commandline.h"
#include "routes/drawrecord.h"
#include "routes/poolfilter.h"
#include "server/ctlrequest.h"
#include "sync/protocolerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

const QString kUsage =
    u"usage: outfallctl --server ENDPOINT --credential FILE route|conflict ...\n"
    u"  route draw --pool FILTER --enterprises N --inspectors M [--seed S] [--weight risk]\n"
    u"             [--team-size K]\n"
    u"      FILTER: all, or KEY=VALUE[|VALUE...] pairs joined by ',' with the keys region,\n"
    u"      industry (4 digits), class (key|simplified|registration), not-inspected-days (N)\n"
    u"      S: 0 to 9223372036854775807 (without it the server picks one and records it)\n"
    u"  (draw, draws, show, plan and assign print JSON with --json)\n"
    u"  route draws                          the draws made, newest last\n"
    u"  route show DRAW                      one draw record (DRAW: its number or id)\n"
    u"  route replay DRAW                    recompute it from its recorded pool and seed\n"
    u"  route plan DRAW --start LAT,LON      order each team's sites for travel\n"
    u"  route assign DRAW                    publish the plan: assignments reach the devices\n"
    u"  route reassign DRAW PERMIT --to INSPECTOR\n"
    u"                                       move a site to the team of INSPECTOR\n"
    u"  route withdraw DRAW [--inspector I]  withdraw the route (of one inspector)\n"
    u"  conflict add INSPECTOR ENTERPRISE --reason TEXT\n"
    u"                                       record a conflict of interest (ENTERPRISE: USCC or "
    u"id)\n"
    u"  conflict list [--inspector I] [--json]\n"
    u"                                       the recorded conflicts of interest\n"
    u"  conflict remove INSPECTOR ENTERPRISE --reason TEXT\n"
    u"                                       remove one (the removal and its reason are kept)\n"
    u"exit codes: 0 done, 1 refused or failed (or a replay that does not match),\n"
    u"            2 bad command line, 3 no such draw, inspector, permit or enterprise\n"_s;

// Which options each command takes (any other is a usage error naming it).
const QHash<QString, QStringList> kOptions {
    {u"draw"_s,
        {u"--pool"_s, u"--enterprises"_s, u"--inspectors"_s, u"--seed"_s, u"--weight"_s,
            u"--team-size"_s, u"--json"_s}},
    {u"draws"_s, {u"--json"_s}},
    {u"show"_s, {u"--json"_s}},
    {u"replay"_s, {}},
    {u"plan"_s, {u"--start"_s, u"--json"_s}},
    {u"assign"_s, {u"--json"_s}},
    {u"reassign"_s, {u"--to"_s}},
    {u"withdraw"_s, {u"--inspector"_s}},
    {u"add"_s, {u"--reason"_s}},
    {u"list"_s, {u"--inspector"_s, u"--json"_s}},
    {u"remove"_s, {u"--reason"_s}},
};

// The commands of `conflict`; every other command of kOptions is a route command.
const QStringList kConflictCommands {u"add"_s, u"list"_s, u"remove"_s};

QString utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

QString km(double metres)
{
    return QString::number(metres / 1000.0, 'f', 1) + u" km"_s;
}

QStringList codes(const QJsonArray &ids, const QJsonObject &names)
{
    QStringList list;
    for (const QJsonValue &id : ids)
        list << names.value(id.toString()).toString(id.toString());
    return list;
}

} // namespace

RouteCli::RouteCli(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{ }

const QString &RouteCli::usageText()
{
    return kUsage;
}

int RouteCli::usage(const QString &problem)
{
    return cli::usageError(*m_err, u"outfallctl"_s, problem);
}

int RouteCli::run(const QStringList &arguments)
{
    QString endpoint;
    QString credentialFile;
    QHash<QString, QString> options; // "--name" → value ("1" for --json)
    QStringList positional;
    try {
        QStringList valueOptions {u"server"_s, u"credential"_s};
        for (const QStringList &commandOptions : kOptions) {
            for (const QString &option : commandOptions) {
                if (option != u"--json" && !valueOptions.contains(option.mid(2)))
                    valueOptions << option.mid(2);
            }
        }
        const cli::CommandLine line(arguments.mid(1), valueOptions, {u"json"_s});
        if (line.helpAsked()) {
            *m_out << kUsage;
            m_out->flush();
            return 0;
        }
        endpoint = line.optionalText(u"server"_s);
        credentialFile = line.optionalText(u"credential"_s);
        for (const QString &name : line.given()) {
            if (name == u"server" || name == u"credential")
                continue;
            if (line.all(name).size() > 1)
                return usage(u"--"_s + name + u" is given twice"_s);
            options.insert(u"--"_s + name, line.flag(name) ? u"1"_s : line.all(name).value(0));
        }
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (endpoint.isEmpty() || credentialFile.isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);
    const QString family = positional.value(0); // route or conflict
    const QString command = positional.value(1);
    positional = positional.mid(2);
    if (family == u"conflict" && !kConflictCommands.contains(command))
        return usage(command.isEmpty() ? u"conflict needs a command: add, list or remove"_s
                                       : u"unknown conflict command "_s + command);
    if (family == u"route" && (kConflictCommands.contains(command) || !kOptions.contains(command)))
        return usage(command.isEmpty() ? u"route needs a command: draw, draws, show, replay, plan,"
                                         u" assign, reassign or withdraw"_s
                                       : u"unknown route command "_s + command);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!kOptions.value(command).contains(it.key()))
            return usage(u"%1 does not belong to %2 %3"_s.arg(it.key(), family, command));
    }
    const bool json = options.contains(u"--json"_s);

    sync::Message request;
    request.command = sync::Command::Route;
    QCborMap &header = request.header;
    header.insert(u"op"_s,
        command == u"add"          ? u"conflict"_s
            : command == u"list"   ? u"conflicts"_s
            : command == u"remove" ? u"conflict-remove"_s
            : command == u"draws"  ? u"list"_s
                                   : command);
    auto needs = [&](qsizetype count, const QString &what) {
        return positional.size() == count ? QString()
                                          : u"%1 %2 needs %3"_s.arg(family, command, what);
    };
    auto integer = [&](const QString &option, qint64 min, qint64 max, qint64 *value) {
        bool ok = false;
        *value = options.value(option).toLongLong(&ok);
        if (!ok || *value < min || *value > max)
            return u"%1 must be a whole number from %2 to %3, not '%4'"_s.arg(option)
                .arg(min)
                .arg(max)
                .arg(options.value(option));
        return QString();
    };
    QString problem;
    if (command == u"draw") {
        problem = needs(0, u"no DRAW (it makes one)"_s);
        for (const QString &option : {u"--pool"_s, u"--enterprises"_s, u"--inspectors"_s}) {
            if (problem.isEmpty() && !options.contains(option))
                problem = u"route draw needs %1"_s.arg(option);
        }
        if (problem.isEmpty()) {
            try {
                header.insert(
                    u"pool"_s, routes::PoolFilter::parse(options.value(u"--pool"_s)).toText());
            } catch (const routes::PoolFilterError &e) {
                problem = e.message();
            }
        }
        qint64 value = 0;
        const struct
        {
            QString option;
            QString key;
            qint64 min;
            qint64 max;
        } numbers[] = {
            {u"--enterprises"_s, u"e"_s, 1, 100'000},
            {u"--inspectors"_s, u"m"_s, 2, 100'000},
            {u"--seed"_s, u"seed"_s, 0, std::numeric_limits<qint64>::max()},
            {u"--team-size"_s, u"team"_s, 2, 20},
        };
        for (const auto &n : numbers) {
            if (problem.isEmpty() && options.contains(n.option)) {
                problem = integer(n.option, n.min, n.max, &value);
                header.insert(n.key, value);
            }
        }
        if (problem.isEmpty() && options.contains(u"--weight"_s)) {
            const QString weight = options.value(u"--weight"_s);
            if (weight != u"risk" && weight != u"uniform")
                problem = u"--weight must be risk or uniform, not '%1'"_s.arg(weight);
            header.insert(u"w"_s, weight);
        }
    } else if (command == u"draws") {
        problem = needs(0, u"no arguments"_s);
    } else if (command == u"list") {
        problem = needs(0, u"no arguments (--inspector I narrows it)"_s);
        if (options.contains(u"--inspector"_s))
            header.insert(u"i"_s, options.value(u"--inspector"_s));
    } else if (command == u"add" || command == u"remove") {
        problem = needs(2, u"an INSPECTOR and an ENTERPRISE"_s);
        if (problem.isEmpty() && options.value(u"--reason"_s).trimmed().isEmpty())
            problem = u"conflict %1 needs --reason TEXT (why, kept with the record)"_s.arg(command);
        header.insert(u"i"_s, positional.value(0));
        header.insert(u"e"_s, positional.value(1));
        header.insert(u"why"_s, options.value(u"--reason"_s));
    } else {
        problem = needs(command == u"reassign" ? 2 : 1,
            command == u"reassign" ? u"a DRAW and a PERMIT"_s : u"one DRAW (number or id)"_s);
        header.insert(u"id"_s, positional.value(0));
        if (command == u"replay") { // the whole record, pool included, to recompute here
            header.insert(u"op"_s, u"show"_s);
            header.insert(u"pool"_s, true);
        }
        if (problem.isEmpty() && command == u"plan") {
            const QStringList parts = options.value(u"--start"_s).split(u',');
            bool latOk = false;
            bool lonOk = false;
            const double lat = parts.value(0).trimmed().toDouble(&latOk);
            const double lon = parts.value(1).trimmed().toDouble(&lonOk);
            if (!options.contains(u"--start"_s))
                problem = u"route plan needs --start LAT,LON (where the teams set out from)"_s;
            else if (parts.size() != 2 || !latOk || !lonOk || lat < -90 || lat > 90 || lon < -180
                || lon > 180)
                problem = u"--start must be LAT,LON in degrees (-90..90,-180..180), not '%1'"_s.arg(
                    options.value(u"--start"_s));
            header.insert(u"lat"_s, lat);
            header.insert(u"lon"_s, lon);
        }
        if (problem.isEmpty() && command == u"reassign") {
            if (!options.contains(u"--to"_s))
                problem = u"route reassign needs --to INSPECTOR"_s;
            header.insert(u"p"_s, positional.value(1));
            header.insert(u"to"_s, options.value(u"--to"_s));
        }
        if (command == u"withdraw" && options.contains(u"--inspector"_s))
            header.insert(u"i"_s, options.value(u"--inspector"_s));
    }
    if (!problem.isEmpty())
        return usage(problem);

    const QString name = family + u' ' + command;
    try {
        const sync::Message reply = CtlRequest(endpoint, credentialFile).send(request);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        int code = 0;
        if (json) {
            *m_out << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
        } else if (command == u"draws") {
            for (const QJsonValue &draw : body.value(u"draws"_s).toArray()) {
                const QJsonObject d = draw.toObject();
                const QJsonObject rules =
                    d.value(u"content"_s).toObject().value(u"rules"_s).toObject();
                *m_out << u"draw "_s << d.value(u"number"_s).toInt() << u"  "_s
                       << d.value(u"id"_s).toString() << u"  "_s
                       << utc(d.value(u"created_at"_s).toInteger()) << u"  seed "_s
                       << d.value(u"seed"_s).toString() << u"  pool "_s
                       << rules.value(u"pool"_s).toString() << u"  "_s
                       << rules.value(u"enterprises"_s).toInt() << u" enterprises, "_s
                       << rules.value(u"inspectors"_s).toInt() << u" inspectors  "_s
                       << (d.contains(u"published_at"_s)  ? u"published"_s
                                  : d.contains(u"plan"_s) ? u"planned"_s
                                                          : u"drawn"_s)
                       << u'\n';
            }
            *m_out << body.value(u"draws"_s).toArray().size() << u" draw(s)\n"_s;
        } else if (family == u"conflict" && command == u"list") {
            printConflicts(body.value(u"conflicts"_s).toArray());
        } else if (command == u"draw" || command == u"show") {
            printDraw(body);
        } else if (command == u"replay") {
            code = replay(body);
        } else if (command == u"plan") {
            printPlan(body);
        } else if (command == u"assign") {
            printDraw(body);
            *m_out << u"published: "_s << body.value(u"changed"_s).toInt()
                   << u" assignment(s) written; devices receive them at their next sync\n"_s;
        } else if (command == u"reassign") {
            *m_out << u"reassign: "_s << body.value(u"changed"_s).toInt()
                   << u" assignment(s) changed (team "_s << body.value(u"from_team"_s).toInt()
                   << u" to team "_s << body.value(u"to_team"_s).toInt() << u")\n"_s;
        } else {
            *m_out << name << u": "_s << body.value(u"changed"_s).toInt() << u" changed\n"_s;
        }
        m_out->flush();
        return code;
    } catch (const std::exception &e) {
        return CtlRequest::failed(*m_err, name, e);
    }
}

void RouteCli::printConflicts(const QJsonArray &conflicts)
{
    for (const QJsonValue &value : conflicts) {
        const QJsonObject c = value.toObject();
        *m_out << c.value(u"inspector"_s).toString() << u' '
               << c.value(u"inspector_name"_s).toString() << u"  ×  "_s
               << c.value(u"enterprise"_s).toString() << u' '
               << c.value(u"enterprise_name"_s).toString() << u"  since "_s
               << utc(c.value(u"recorded_at"_s).toInteger()) << u"  "_s
               << c.value(u"reason"_s).toString() << u'\n';
    }
    *m_out << conflicts.size() << u" conflict(s) of interest\n"_s;
}

void RouteCli::printDraw(const QJsonObject &draw)
{
    const QJsonObject content = draw.value(u"content"_s).toObject();
    const QJsonObject rules = content.value(u"rules"_s).toObject();
    const QJsonObject poolSize = draw.value(u"pool_size"_s).toObject();
    const QJsonObject names = draw.value(u"names"_s).toObject();
    const QJsonObject inspectors = names.value(u"inspectors"_s).toObject();
    const QJsonObject enterprises = names.value(u"enterprises"_s).toObject();
    *m_out << u"draw "_s << draw.value(u"number"_s).toInt() << u"  id "_s
           << draw.value(u"id"_s).toString() << u"\n  seed "_s << draw.value(u"seed"_s).toString()
           << u"  content hash "_s << draw.value(u"content_hash"_s).toString() << u"\n  drawn by "_s
           << draw.value(u"created_by"_s).toString() << u" at "_s
           << utc(draw.value(u"created_at"_s).toInteger()) << u"\n  pool "_s
           << rules.value(u"pool"_s).toString() << u": "_s
           << poolSize.value(u"enterprises"_s).toInt() << u" enterprises, "_s
           << poolSize.value(u"inspectors"_s).toInt() << u" inspectors, "_s
           << poolSize.value(u"conflicts"_s).toInt() << u" conflict(s) of interest\n  rules: "_s
           << rules.value(u"enterprises"_s).toInt() << u" enterprises, "_s
           << rules.value(u"inspectors"_s).toInt() << u" inspectors in teams of "_s
           << rules.value(u"team_size"_s).toInt() << u", "_s
           << rules.value(u"weighting"_s).toString() << u" weights\n"_s;
    const QJsonObject result = content.value(u"result"_s).toObject();
    int number = 0;
    for (const QJsonValue &value : result.value(u"teams"_s).toArray()) {
        const QJsonObject team = value.toObject();
        *m_out << u"  team "_s << ++number << u": "_s
               << codes(team.value(u"inspectors"_s).toArray(), inspectors).join(u", "_s) << u'\n';
        int stop = 0;
        for (const QString &label : codes(team.value(u"enterprises"_s).toArray(), enterprises))
            *m_out << u"    "_s << ++stop << u". "_s << label << u'\n';
    }
    const QJsonArray passedOver = result.value(u"passed_over"_s).toArray();
    if (!passedOver.isEmpty())
        *m_out << u"  passed over (a conflict of interest with every team): "_s
               << codes(passedOver, enterprises).join(u"; "_s) << u'\n';
    if (draw.contains(u"published_at"_s))
        *m_out << u"  published by "_s << draw.value(u"published_by"_s).toString() << u" at "_s
               << utc(draw.value(u"published_at"_s).toInteger()) << u'\n';
    else if (draw.contains(u"plan"_s))
        *m_out << u"  planned, not yet published (route assign "_s
               << draw.value(u"number"_s).toInt() << u")\n"_s;
}

void RouteCli::printPlan(const QJsonObject &draw)
{
    const QJsonObject plan = draw.value(u"plan"_s).toObject();
    const QJsonArray start = plan.value(u"start"_s).toArray();
    const QJsonObject names = draw.value(u"names"_s).toObject();
    const QJsonArray drawn = draw.value(u"content"_s)
                                 .toObject()
                                 .value(u"result"_s)
                                 .toObject()
                                 .value(u"teams"_s)
                                 .toArray();
    *m_out << u"plan of draw "_s << draw.value(u"number"_s).toInt() << u" from "_s
           << QString::number(start[0].toDouble(), 'f', 6) << u','
           << QString::number(start[1].toDouble(), 'f', 6)
           << u" (there and back; haversine distances)\n"_s;
    const QJsonArray teams = plan.value(u"teams"_s).toArray();
    for (qsizetype t = 0; t < teams.size(); ++t) {
        const QJsonObject team = teams[t].toObject();
        *m_out << u"  team "_s << (t + 1) << u" ("_s
               << codes(drawn[t].toObject().value(u"inspectors"_s).toArray(),
                      names.value(u"inspectors"_s).toObject())
                      .join(u", "_s)
               << u"): "_s << km(team.value(u"planned_m"_s).toDouble()) << u" planned, "_s
               << km(team.value(u"draw_order_m"_s).toDouble()) << u" in draw order\n"_s;
        int stop = 0;
        for (const QString &label :
            codes(team.value(u"enterprises"_s).toArray(), names.value(u"enterprises"_s).toObject()))
            *m_out << u"    "_s << ++stop << u". "_s << label << u'\n';
    }
    const double planned = plan.value(u"planned_m"_s).toDouble();
    const double drawOrder = plan.value(u"draw_order_m"_s).toDouble();
    *m_out << u"  total: "_s << km(planned) << u" planned against "_s << km(drawOrder)
           << u" in draw order"_s;
    if (drawOrder > 0)
        *m_out << u" ("_s << QString::number(100.0 * (1.0 - planned / drawOrder), 'f', 1)
               << u" % shorter)"_s;
    *m_out << u"\n  publish it with: route assign "_s << draw.value(u"number"_s).toInt() << u'\n';
}

int RouteCli::replay(const QJsonObject &draw)
{
    const auto record = routes::DrawRecord::fromContentJson(draw.value(u"content"_s).toObject());
    const QString storedHash = draw.value(u"content_hash"_s).toString();
    const bool hashMatches = record.contentHash() == storedHash;
    bool resultMatches = false;
    QString why;
    try {
        resultMatches = routes::drawRoute(record.pool, record.rules, record.seed) == record.result;
    } catch (const routes::DrawError &e) {
        why = e.message();
    }
    *m_out << u"draw "_s << draw.value(u"number"_s).toInt() << u": recomputed from seed "_s
           << QString::number(record.seed) << u" over the recorded pool ("_s
           << record.pool.enterprises.size() << u" enterprises, "_s << record.pool.inspectors.size()
           << u" inspectors, "_s << record.pool.conflicts.size() << u" conflicts) by the rules ("_s
           << record.rules.pool << u"; "_s << record.rules.enterprises << u" enterprises, "_s
           << record.rules.inspectors << u" inspectors, "_s
           << routes::DrawRules::weightingName(record.rules.weighting) << u")\n  result: "_s
           << (resultMatches ? u"matches the recorded result"_s
                             : u"DOES NOT MATCH the recorded result "_s + why)
           << u"\n  content hash: "_s
           << (hashMatches ? u"matches "_s + storedHash
                           : u"DOES NOT MATCH: recorded "_s + storedHash + u", computed "_s
                          + record.contentHash())
           << u'\n';
    return hashMatches && resultMatches ? 0 : 1;
}

} // namespace outfall::server

#include "device/devicecli.h"

#include "cli/commandline.h"
#include "core/actionrefused.h"
#include "device/clicontext.h"
#include "device/flagscommand.h"
#include "device/inspectcommand.h"
#include "device/permitscommand.h"
#include "device/statuscommand.h"
#include "device/synccommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::device {

namespace {

const QString kUsage = uR"(usage: outfall-device --profile DIR COMMAND [ARGS] [--json]
commands:
  enroll FILE                 register this device with the file from `outfallctl enroll`
  sync                        push what waits, upload photos, pull the assigned permits
  status
  permits [--search TEXT] [--limit N]
  inspect start PERMIT_NUMBER --phase post|pre --lat LAT --lon LON --accuracy M [--far-ok]
  inspect answer INSPECTION ITEM_CODE compliant|non_compliant|not_applicable [--note TEXT]
  inspect measure INSPECTION --outlet CODE --pollutant CODE --value X --unit UNIT
                  [--o2 PCT] [--instrument ID] [--method STANDARD] [--supersedes MEASUREMENT]
                  [--lat LAT --lon LON --accuracy M [--samples N]]
  inspect fix INSPECTION --outlet CODE (--lat LAT --lon LON --accuracy M)... [--samples N]
              [--far-ok]
  inspect undeclared INSPECTION --medium air|water --description TEXT --lat --lon --accuracy
                     [--far-ok]
  inspect photo INSPECTION FILE [--subject S] [--caption C] [--lat --lon --accuracy]
                [--supersedes PHOTO] [--far-ok] [--imported]
  (--imported: a picture from a file, not taken here now: its time and position are its own
   EXIF ones, and it takes no --lat/--lon.)
  (--far-ok: the position is more than 300 m from every outlet and the enterprise, and that
   is known; the record is marked far from the site. Without it such a position is refused.)
  inspect team INSPECTION [--add STAFF_CODE]... [--remove STAFF_CODE]...
  inspect production INSPECTION running|partial|stopped [--load PCT]
  inspect sign INSPECTION --role inspector|representative --name NAME [--inspector STAFF_CODE]
  inspect sign INSPECTION --refused --name REPRESENTATIVE --witness WITNESS
  (Before signing: the production state seen on site, and a team of two or more inspectors
   holding enforcement certificates; every member signs, --inspector naming who, the one who
   started the inspection when left out.)
  inspect submit INSPECTION
  inspect resubmit INSPECTION  after a supervisor returned it and it was amended and signed again
  inspect list
  inspect show INSPECTION
  flags [--as-of YYYY-MM-DD] [--lang en|zh]
                              the discrepancy flags: the server's, and the provisional ones
                              the rules that run offline find in what this device holds, each
                              with its inputs and steps in the language given (default en)
)"_s;

} // namespace

DeviceCli::DeviceCli()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(&m_stdout)
    , m_err(&m_stderr)
{ }

DeviceCli::DeviceCli(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{ }

int DeviceCli::fail(int code, const QString &message, bool json, const QStringList &missing)
{
    if (code == cli::kUsageExitCode) {
        cli::usageError(*m_err, u"outfall-device"_s, message);
    } else {
        *m_err << u"outfall-device: "_s << message << u'\n';
        m_err->flush();
    }
    if (json) {
        QJsonObject error {{u"error"_s, message}, {u"exit_code"_s, code}};
        if (!missing.isEmpty())
            error.insert(u"missing"_s, QJsonArray::fromStringList(missing));
        *m_out << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << u'\n';
        m_out->flush();
    }
    return code;
}

int DeviceCli::run(const QStringList &arguments)
{
    // --profile and --json may stand anywhere; the rest belongs to the command.
    QString profile;
    bool json = false;
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            *m_out << kUsage;
            m_out->flush();
            return 0;
        } else if (arg == u"--profile") {
            if (i + 1 >= arguments.size())
                return fail(2, u"--profile needs a directory"_s, json);
            profile = arguments[++i];
        } else if (arg.startsWith(u"--profile=")) {
            profile = arg.mid(10);
        } else {
            rest.append(arg);
        }
    }
    if (rest.isEmpty())
        return fail(2, u"no command given"_s, json);
    const QString command = rest.takeFirst();
    try {
        if (profile.isEmpty())
            throw cli::UsageError(u"--profile DIR is required"_s);
        CliContext context(profile, json, *m_out);
        if (command == u"enroll")
            return SyncCommands::enroll(context, rest);
        if (command == u"sync")
            return SyncCommands::sync(context, rest);
        if (command == u"status")
            return StatusCommand::run(context, rest);
        if (command == u"permits")
            return PermitsCommand::run(context, rest);
        if (command == u"inspect")
            return InspectCommand::run(context, rest);
        if (command == u"flags")
            return FlagsCommand::run(context, rest);
        throw cli::UsageError(u"unknown command \"%1\""_s.arg(command));
    } catch (const cli::UsageError &e) {
        return fail(2, QString::fromStdString(e.what()), json);
    } catch (const mobile::ActionRefused &e) {
        return fail(1, u"refused: "_s + e.reason(), json, e.missing());
    } catch (const std::exception &e) {
        return fail(1, command + u": "_s + QString::fromStdString(e.what()), json);
    }
}

} // namespace outfall::device

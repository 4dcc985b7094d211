#include "device/synccommands.h"

#include "cli/commandline.h"
#include "core/devicesync.h"
#include "core/syncjob.h"
#include "device/clicontext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::device {

int SyncCommands::enroll(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {});
    args.allowPositionals(1, u"enroll"_s);
    const QString file = args.positional(0, u"an enrolment FILE"_s);
    if (!QFileInfo(file).isFile())
        throw cli::UsageError(u"no such file %1"_s.arg(file));
    const auto enrolled = mobile::DeviceSync::enrol(context.session(), file);
    context.print({{u"device_id"_s, enrolled.deviceId}, {u"inspector_id"_s, enrolled.inspectorId}},
        u"enrolled as device %1 for inspector %2"_s.arg(enrolled.deviceId, enrolled.inspectorId));
    return 0;
}

int SyncCommands::sync(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {});
    args.allowPositionals(0, u"sync"_s);
    QString lastPhase;
    sync::SyncClient::Result result;
    // Through runSyncAttempt, so the status screen sees this round as it sees the app's.
    mobile::runSyncAttempt(context.session(),
        [&](mobile::DeviceSession &session, const std::function<void(double)> &) {
            result =
                mobile::DeviceSync::syncOnce(session, [&](const sync::SyncClient::Progress &p) {
                    // Progress goes to stderr so that --json output stays one object.
                    if (p.phase != lastPhase || p.done == p.total) {
                        std::fprintf(stderr, "sync: %s %lld/%lld\n", qPrintable(p.phase),
                            static_cast<long long>(p.done), static_cast<long long>(p.total));
                        lastPhase = p.phase;
                    }
                });
            return mobile::SyncJobs::outcomeOf(result, session);
        });
    using Failure = sync::SyncClient::Result::Failure;
    const bool keyRefused = result.failure == Failure::KeyRefused;
    const QJsonObject json {
        {u"ok"_s, result.ok},
        {u"key_refused"_s, keyRefused},
        {u"pushed"_s, result.pushed},
        {u"rejected"_s, result.rejected},
        {u"photos_uploaded"_s, result.photosUploaded},
        {u"pulled"_s, result.pulled},
        {u"purged"_s, result.purged},
        {u"retries"_s, result.retries},
        {u"error"_s, result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error)},
        {u"problems"_s, QJsonArray::fromStringList(result.problems)},
        {u"rejections"_s, QJsonArray::fromStringList(result.rejections)},
    };
    QString human =
        u"pushed %1 ops (%2 rejected), uploaded %3 photos, pulled %4 changes"_s.arg(result.pushed)
            .arg(result.rejected)
            .arg(result.photosUploaded)
            .arg(result.pulled);
    if (result.purged > 0)
        human += u", dropped %1 withdrawn permits"_s.arg(result.purged);
    // What stayed out while the rest went on (a photo too large to upload, a row the server
    // withheld): each on its own line, so none hides behind a count.
    for (const QString &problem : result.problems)
        human += u"\nnot synced: "_s + problem;
    for (const QString &rejection : result.rejections)
        human += u"\nrejected: "_s + rejection;
    if (keyRefused)
        human += u"\nsync refused: the server does not accept this device's key (revoked, or"
                 u" not enrolled there): "_s
            + result.error;
    else if (!result.ok)
        human += u"\nsync failed: "_s + result.error
            + u"\nnothing is lost: what was not sent stays queued for the next sync"_s;
    context.print(json, human);
    // 3: the key was refused; syncing again will not help, enrolling again will.
    return result.ok ? 0 : keyRefused ? 3 : 1;
}

} // namespace outfall::device

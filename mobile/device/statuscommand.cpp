#include "device/statuscommand.h"

#include "cli/commandline.h"
#include "core/devicestatus.h"
#include "device/clicontext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

int StatusCommand::run(CliContext &context, const QStringList &arguments)
{
    cli::CommandLine(arguments, {}).allowPositionals(0, u"status"_s);
    const mobile::DeviceStatus s = mobile::DeviceStatus::read(context.session());
    const QJsonObject json {
        {u"device_id"_s, s.deviceId},
        {u"inspector_id"_s, s.inspectorId.isEmpty() ? QJsonValue() : QJsonValue(s.inspectorId)},
        {u"identity_source"_s, s.identitySource},
        {u"pending_ops"_s, qint64(s.pendingOps)},
        {u"pending_photos"_s, qint64(s.pendingPhotos)},
        {u"pending_photo_bytes"_s, qint64(s.pendingPhotoBytes)},
        {u"stuck_photos"_s, qint64(s.stuckPhotos)},
        {u"rejections"_s, qint64(s.rejections)},
        {u"last_rejection"_s,
            s.lastRejection.isEmpty() ? QJsonValue() : QJsonValue(s.lastRejection)},
        {u"last_device_seq"_s, qint64(s.lastDeviceSeq)},
        {u"pull_cursor"_s, qint64(s.pullCursor)},
        {u"permits"_s, qint64(s.permits)},
        {u"inspections_in_progress"_s, qint64(s.inspectionsInProgress)},
        {u"inspections_submitted"_s, qint64(s.inspectionsSubmitted)},
        {u"last_sync_attempt_at"_s, CliContext::jsonValue(s.sync.lastAttemptAt)},
        {u"last_sync_success_at"_s, CliContext::jsonValue(s.sync.lastSuccessAt)},
        {u"last_sync_error"_s,
            s.sync.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.sync.lastError)},
        {u"last_sync_error_at"_s, CliContext::jsonValue(s.sync.lastErrorAt)},
    };
    QString human;
    QTextStream text(&human);
    text << u"device     "_s << s.deviceId << u'\n';
    text << u"inspector  "_s
         << (s.inspectorId.isEmpty() ? u"(not enrolled)"_s
                                     : s.inspectorId + u" ("_s + s.identitySource + u')')
         << u'\n';
    text << u"pending    "_s << s.pendingOps << u" ops, "_s << s.pendingPhotos << u" photos ("_s
         << s.pendingPhotoBytes << u" bytes)\n"_s;
    if (s.stuckPhotos > 0)
        text << u"stuck      "_s << s.stuckPhotos
             << u" photos larger than the server accepts (256 MiB): never uploaded\n"_s;
    if (s.rejections > 0)
        text << u"rejected   "_s << s.rejections << u" ops refused by the server; latest: "_s
             << s.lastRejection << u'\n';
    text << u"last sync  "_s
         << (s.sync.lastSuccessAt ? CliContext::instant(s.sync.lastSuccessAt) : u"never"_s)
         << u'\n';
    if (!s.sync.lastError.isEmpty())
        text << u"sync error "_s << s.sync.lastError << u" at "_s
             << CliContext::instant(s.sync.lastErrorAt) << u'\n';
    text << u"data       "_s << s.permits << u" permits, "_s << s.inspectionsInProgress
         << u" inspections in progress, "_s << s.inspectionsSubmitted << u" submitted"_s;
    text.flush();
    context.print(json, human);
    return 0;
}

} // namespace outfall::device

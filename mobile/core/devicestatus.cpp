#include "core/devicestatus.h"

#include "core/devicesession.h"
#include "store/database.h"
#include "sync/limits.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceStatus DeviceStatus::read(DeviceSession &session)
{
    DeviceStatus status;
    const DeviceIdentity &identity = session.identity();
    status.deviceId = identity.deviceId().toText();
    if (identity.inspectorId())
        status.inspectorId = identity.inspectorId()->toText();
    status.identitySource = identity.source();
    auto stmt = session.database().cached(uR"(
        SELECT (SELECT count(*) FROM outbox),
               (SELECT count(*) FROM photo_upload WHERE sha256 NOT IN (SELECT sha256 FROM blob_ack)),
               (SELECT coalesce(sum(byte_size), 0) FROM photo_upload
                WHERE sha256 NOT IN (SELECT sha256 FROM blob_ack)),
               (SELECT coalesce(max(last_seq), 0) FROM sync_state),
               (SELECT coalesce(max(pull_cursor), 0) FROM sync_state),
               (SELECT count(*) FROM permit),
               (SELECT count(*) FROM inspection WHERE status = 'in_progress'),
               (SELECT count(*) FROM inspection WHERE status <> 'in_progress'),
               (SELECT count(*) FROM photo_upload WHERE byte_size > ?1
                AND sha256 NOT IN (SELECT sha256 FROM blob_ack)),
               (SELECT count(*) FROM sync_rejection),
               (SELECT code || ': ' || reason FROM sync_rejection ORDER BY id DESC LIMIT 1))"_s);
    stmt.bind(1, sync::limits::blobBytes);
    stmt.step();
    status.pendingOps = stmt.int64(0);
    status.pendingPhotos = stmt.int64(1);
    status.pendingPhotoBytes = stmt.int64(2);
    status.lastDeviceSeq = stmt.int64(3);
    status.pullCursor = stmt.int64(4);
    status.permits = stmt.int64(5);
    status.inspectionsInProgress = stmt.int64(6);
    status.inspectionsSubmitted = stmt.int64(7);
    status.stuckPhotos = stmt.int64(8);
    status.rejections = stmt.int64(9);
    status.lastRejection = stmt.text(10);
    status.sync = session.syncLog().read();
    return status;
}

} // namespace outfall::mobile

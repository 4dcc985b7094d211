#include "core/deviceidentity.h"

#include "domain/uuidv7.h"
#include "store/database.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceIdentity DeviceIdentity::load(store::Database &db)
{
    DeviceIdentity identity;
    auto state = db.prepare(u"SELECT device_id FROM sync_state WHERE id = 1"_s);
    if (state.step()) {
        const auto id = sync::Uuid::fromText(state.text(0));
        if (!id)
            throw std::runtime_error(
                "sync_state.device_id is not a UUID: " + state.text(0).toStdString());
        identity.m_deviceId = *id;
    } else {
        identity.m_deviceId = *sync::Uuid::fromText(domain::UuidV7Generator().next());
        db.prepare(u"INSERT INTO sync_state (id, device_id) VALUES (1, ?)"_s)
            .bind(1, identity.m_deviceId.toText())
            .exec();
    }
    auto who = db.prepare(u"SELECT inspector_id, source FROM device_identity WHERE id = 1"_s);
    if (who.step()) {
        identity.m_inspectorId = sync::Uuid::fromText(who.text(0));
        if (!identity.m_inspectorId)
            throw std::runtime_error(
                "device_identity.inspector_id is not a UUID: " + who.text(0).toStdString());
        identity.m_source = who.text(1);
    }
    return identity;
}

void DeviceIdentity::setInspector(
    store::Database &db, const sync::Uuid &inspectorId, Source source, std::int64_t atMs)
{
    db.prepare(u"INSERT INTO device_identity (id, inspector_id, source, enrolled_at)"
               u" VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET"
               u" inspector_id = ?1, source = ?2, enrolled_at = ?3"_s)
        .bind(1, inspectorId.toText())
        .bind(2, source == Source::Enrolment ? u"enrolment"_s : u"test"_s)
        .bind(3, atMs)
        .exec();
}

} // namespace outfall::mobile

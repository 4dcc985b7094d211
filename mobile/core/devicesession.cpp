#include "core/devicesession.h"

#include "core/actionrefused.h"
#include "core/devicestore.h"
#include "core/photostore.h"
#include "core/preferences.h"
#include "core/syncstatuslog.h"
#include "sync/outboxrepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceSession::DeviceSession(const QString &profileDir)
    : DeviceSession(profileDir, Options())
{ }

DeviceSession::DeviceSession(const QString &profileDir, Options options)
    : m_physical(std::move(options.physicalClock))
    , m_store(std::make_unique<DeviceStore>(profileDir))
    , m_identity(DeviceIdentity::load(m_store->database()))
    , m_clock(std::make_unique<sync::HybridLogicalClock>(m_identity.deviceId(), m_physical))
    , m_preferences(std::make_unique<Preferences>(profileDir))
    , m_photos(
          std::make_unique<PhotoStore>(m_store->database(), QDir(profileDir).filePath(u"photos"_s)))
    , m_syncLog(std::make_unique<SyncStatusLog>(m_store->database()))
{
    if (m_identity.isEnrolled())
        m_outbox = std::make_unique<sync::OutboxRepository>(
            m_store->database(), *m_clock, *m_identity.inspectorId());
}

DeviceSession::~DeviceSession() = default;

QString DeviceSession::profileDir() const
{
    return m_store->profileDir();
}

store::Database &DeviceSession::database()
{
    return m_store->database();
}

void DeviceSession::setInspector(const sync::Uuid &inspectorId, DeviceIdentity::Source source)
{
    DeviceIdentity::setInspector(m_store->database(), inspectorId, source, nowMs());
    m_identity = DeviceIdentity::load(m_store->database());
    // Enrolment replaces the provisional device id (no op was made under it), and the clock's
    // node is the device id: start a clock for the enrolled one.
    m_clock = std::make_unique<sync::HybridLogicalClock>(m_identity.deviceId(), m_physical);
    m_outbox = std::make_unique<sync::OutboxRepository>(m_store->database(), *m_clock, inspectorId);
}

sync::OutboxRepository &DeviceSession::outbox()
{
    if (!m_outbox)
        throw ActionRefused(
            Refusal::tr("this device is not enrolled: no inspector to record as the author"));
    return *m_outbox;
}

} // namespace outfall::mobile

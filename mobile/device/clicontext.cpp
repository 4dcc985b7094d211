#include "device/clicontext.h"

#include "core/devicesession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outfall::device {

CliContext::CliContext(const QString &profileDir, bool json, QTextStream &out)
    : m_profileDir(profileDir)
    , m_json(json)
    , m_out(out)
{ }

CliContext::~CliContext() = default;

mobile::DeviceSession &CliContext::session()
{
    if (!m_session)
        m_session = std::make_unique<mobile::DeviceSession>(m_profileDir);
    return *m_session;
}

void CliContext::print(const QJsonObject &json, const QString &human)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u'\n';
    else
        m_out << human << (human.endsWith(u'\n') ? u""_s : u"\n"_s);
    m_out.flush();
}

QString CliContext::instant(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString CliContext::instant(const std::optional<std::int64_t> &ms)
{
    return ms ? instant(*ms) : u"-"_s;
}

QJsonValue CliContext::jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue CliContext::jsonValue(const std::optional<std::int64_t> &value)
{
    return value ? QJsonValue(static_cast<qint64>(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace outfall::device

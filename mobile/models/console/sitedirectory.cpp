#include "sitedirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariantMap>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

std::optional<QPointF> positionOf(const QJsonObject &object)
{
    const QJsonValue lat = object.value(u"lat"_s);
    const QJsonValue lon = object.value(u"lon"_s);
    if (!lat.isDouble() || !lon.isDouble())
        return std::nullopt;
    return QPointF(lon.toDouble(), lat.toDouble());
}

} // namespace

SiteDirectory SiteDirectory::fromJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject() || !document.object().value(u"permits"_s).isArray())
        throw std::runtime_error("SITES_REPLY: the body is not {\"permits\": [...]}: "
            + error.errorString().toStdString());
    SiteDirectory directory;
    for (const QJsonValue &value : document.object().value(u"permits"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Permit permit;
        permit.id = object.value(u"id"_s).toString();
        if (permit.id.isEmpty())
            throw std::runtime_error("SITES_REPLY: a permit has no id");
        permit.number = object.value(u"number"_s).toString();
        permit.enterpriseId = object.value(u"enterprise_id"_s).toString();
        permit.enterprise = object.value(u"enterprise"_s).toString();
        permit.enterpriseEn = object.value(u"enterprise_en"_s).toString();
        permit.region = object.value(u"region"_s).toString();
        permit.enterprisePosition = positionOf(object);
        const qsizetype permitAt = directory.m_permits.size();
        for (const QJsonValue &outletValue : object.value(u"outlets"_s).toArray()) {
            const QJsonObject o = outletValue.toObject();
            const auto position = positionOf(o);
            if (!position)
                continue;
            directory.m_outletIndex.insert(
                o.value(u"id"_s).toString(), {permitAt, permit.outlets.size()});
            permit.outlets.append({o.value(u"id"_s).toString(), o.value(u"code"_s).toString(),
                o.value(u"medium"_s).toString(), *position});
        }
        directory.m_permitIndex.insert(permit.id, permitAt);
        directory.m_enterprisePermits[permit.enterpriseId].append(permitAt);
        directory.m_permits.append(std::move(permit));
    }
    return directory;
}

const SiteDirectory::Permit *SiteDirectory::permit(const QString &permitId) const
{
    const auto at = m_permitIndex.constFind(permitId);
    return at == m_permitIndex.cend() ? nullptr : &m_permits[*at];
}

const SiteDirectory::Outlet *SiteDirectory::outlet(const QString &outletId) const
{
    const auto at = m_outletIndex.constFind(outletId);
    return at == m_outletIndex.cend() ? nullptr : &m_permits[at->first].outlets[at->second];
}

QString SiteDirectory::enterpriseName(const QString &enterpriseId, bool english) const
{
    const auto at = m_enterprisePermits.constFind(enterpriseId);
    if (at == m_enterprisePermits.cend() || at->isEmpty())
        return {};
    const Permit &permit = m_permits[at->constFirst()];
    return english && !permit.enterpriseEn.isEmpty() ? permit.enterpriseEn : permit.enterprise;
}

std::optional<QPointF> SiteDirectory::enterprisePosition(const QString &enterpriseId) const
{
    const auto at = m_enterprisePermits.constFind(enterpriseId);
    if (at == m_enterprisePermits.cend())
        return std::nullopt;
    QPointF sum;
    int outlets = 0;
    for (const qsizetype index : *at) {
        const Permit &permit = m_permits[index];
        if (permit.enterprisePosition)
            return permit.enterprisePosition;
        for (const Outlet &outlet : permit.outlets) {
            sum += outlet.position;
            ++outlets;
        }
    }
    if (outlets == 0)
        return std::nullopt;
    return sum / outlets;
}

QVariantList SiteDirectory::mapPoints(bool english) const
{
    // In permit-number order, one point an enterprise: the same picture every time.
    QVariantList points;
    QSet<QString> seen;
    for (const Permit &permit : m_permits) {
        if (seen.contains(permit.enterpriseId))
            continue;
        seen.insert(permit.enterpriseId);
        const auto position = enterprisePosition(permit.enterpriseId);
        if (!position)
            continue;
        points.append(QVariantMap {{u"lat"_s, position->y()}, {u"lon"_s, position->x()},
            {u"label"_s, enterpriseName(permit.enterpriseId, english)},
            {u"enterpriseId"_s, permit.enterpriseId}});
    }
    return points;
}

} // namespace outfall::models

#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantList>

#include <optional>

namespace outfall::models {

// The district as the server's SITES names it (docs/protocol.md 4.2): every permit with its
// enterprise and current outlets, where they are. The console's map draws it; its lists turn
// the ids of flags and draws into numbers, names and positions with it.
class SiteDirectory
{
public:
    struct Outlet
    {
        QString id;
        QString code;
        QString medium;
        QPointF position; // (lon, lat)
    };
    struct Permit
    {
        QString id;
        QString number;
        QString enterpriseId;
        QString enterprise; // Chinese name
        QString enterpriseEn; // empty when the permit gives none
        QString region;
        std::optional<QPointF> enterprisePosition; // (lon, lat), when recorded
        QList<Outlet> outlets;
    };

    // Reads SITES_REPLY's body; throws std::runtime_error naming what is wrong in it.
    static SiteDirectory fromJson(const QByteArray &body);

    qsizetype size() const { return m_permits.size(); }
    const QList<Permit> &permits() const { return m_permits; }
    const Permit *permit(const QString &permitId) const;
    const Outlet *outlet(const QString &outletId) const;
    // The enterprise's name in the language (Chinese, or English when given and asked for).
    QString enterpriseName(const QString &enterpriseId, bool english) const;
    // Where an enterprise is: its own position, else the mean of its permits' outlets.
    std::optional<QPointF> enterprisePosition(const QString &enterpriseId) const;

    // One point an enterprise for the map: {lat, lon, label, enterpriseId}.
    QVariantList mapPoints(bool english) const;

private:
    QList<Permit> m_permits;
    QHash<QString, qsizetype> m_permitIndex;
    QHash<QString, QList<qsizetype>> m_enterprisePermits;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_outletIndex; // permit, outlet
};

} // namespace outfall::models

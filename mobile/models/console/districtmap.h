#pragma once

#include <QPointF>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace outfall::models {

// The supervisor console's map of the district: every enterprise as a grey dot, the selected
// draw's team routes as coloured lines from the start through numbered stops and back, the
// flags listed as rings coloured by severity, and a scale bar. Fitted to what it shows, in
// Web Mercator. No base map: the console runs where the bureau is, and the district's own
// sites are what a supervisor plans by.
class DistrictMap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    // {lat, lon, label} a site (ConsoleSession.sites)
    Q_PROPERTY(QVariantList sites READ sites WRITE setSites NOTIFY contentChanged)
    // [{team, start: {lat, lon} or null, points: [{lat, lon, label}]}] (DrawListModel)
    Q_PROPERTY(QVariantList routes READ routes WRITE setRoutes NOTIFY contentChanged)
    // {lat, lon, severity, label} (ConsoleFlagModel.flaggedSites)
    Q_PROPERTY(QVariantList flags READ flags WRITE setFlags NOTIFY contentChanged)
    // {lat, lon}: the site the supervisor is looking at (the inspection under review), ringed.
    Q_PROPERTY(QVariantMap highlight READ highlight WRITE setHighlight NOTIFY contentChanged)
    // How many stops and flags are drawn (tests, the legend).
    Q_PROPERTY(int stopCount READ stopCount NOTIFY contentChanged)
    Q_PROPERTY(int flagCount READ flagCount NOTIFY contentChanged)

public:
    explicit DistrictMap(QQuickItem *parent = nullptr);

    QVariantList sites() const { return m_sites; }
    void setSites(const QVariantList &sites);
    QVariantList routes() const { return m_routes; }
    void setRoutes(const QVariantList &routes);
    QVariantList flags() const { return m_flags; }
    void setFlags(const QVariantList &flags);
    QVariantMap highlight() const { return m_highlight; }
    void setHighlight(const QVariantMap &highlight);
    int stopCount() const;
    int flagCount() const { return int(m_flags.size()); }

    // Where a position is drawn at the item's current size; nullopt when nothing is shown.
    std::optional<QPointF> toItem(double lat, double lon) const;
    // A team's line colour (DrawListModel::teamColor lends it to the QML).
    static QColor teamColor(int team);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void contentChanged();

private:
    struct Frame
    {
        QPointF worldOrigin; // world pixels (zoom 0) at the item's top-left
        double scale = 0; // item pixels a world pixel
    };
    std::optional<Frame> frame() const;
    void paintScaleBar(QPainter *painter, const Frame &frame) const;

    QVariantList m_sites;
    QVariantList m_routes;
    QVariantList m_flags;
    QVariantMap m_highlight;
};

} // namespace outfall::models

#include "server/publish/outletmap.h"

#include "server/publish/htmlescape.h"

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

constexpr double kWidth = 760;
constexpr double kHeight = 460;
constexpr double kStrip = 46; // below the plot: the legend and the scale bar, never over a point
constexpr double kPlotHeight = kHeight - kStrip;
constexpr double kMargin = 50; // round the points: room for labels and the north arrow
constexpr double kEarthRadiusM = 6371008.8;

struct Point
{
    double x = 0; // metres east of the centre
    double y = 0; // metres north of the centre
};

QString n(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

double scaleBarMetres(double metres)
{
    const double target = std::max(metres / 3.0, 1.0);
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= target)
            return step * power;
    }
    return power;
}

QString outletMapSvg(const PublicPermit &permit, Lang lang)
{
    QList<std::pair<double, double>> latLon;
    for (const PublicOutlet &outlet : permit.outlets)
        latLon.append({outlet.lat, outlet.lon});
    const bool hasSite = permit.siteLat && permit.siteLon;
    if (hasSite)
        latLon.append({*permit.siteLat, *permit.siteLon});
    if (latLon.isEmpty())
        return {};

    double lat0 = 0;
    double lon0 = 0;
    for (const auto &[lat, lon] : latLon) {
        lat0 += lat;
        lon0 += lon;
    }
    lat0 /= latLon.size();
    lon0 /= latLon.size();
    const double mPerDegree = kEarthRadiusM * std::numbers::pi / 180.0;
    const double cosLat = std::cos(lat0 * std::numbers::pi / 180.0);
    auto project = [&](double lat, double lon) {
        return Point {(lon - lon0) * mPerDegree * cosLat, (lat - lat0) * mPerDegree};
    };
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool first = true;
    for (const auto &[lat, lon] : latLon) {
        const Point p = project(lat, lon);
        minX = first ? p.x : std::min(minX, p.x);
        maxX = first ? p.x : std::max(maxX, p.x);
        minY = first ? p.y : std::min(minY, p.y);
        maxY = first ? p.y : std::max(maxY, p.y);
        first = false;
    }
    // At least 200 m across, so one outlet alone is not drawn at an absurd scale.
    const double spanX = std::max(maxX - minX, 200.0);
    const double spanY = std::max(maxY - minY, 200.0);
    const double scale =
        std::min((kWidth - 2 * kMargin) / spanX, (kPlotHeight - 2 * kMargin) / spanY); // px per m
    const double midX = (minX + maxX) / 2;
    const double midY = (minY + maxY) / 2;
    auto toSvg = [&](Point p) {
        return Point {kWidth / 2 + (p.x - midX) * scale, kPlotHeight / 2 - (p.y - midY) * scale};
    };

    const QString title = text(Text::MapSection, lang) + u' ' + permit.number;
    QString svg;
    svg += u"<svg class=\"map\" width=\"%1\" height=\"%2\" "
           u"viewBox=\"0 0 %1 %2\" role=\"img\" aria-labelledby=\"map-title\">\n"_s.arg(
               n(kWidth), n(kHeight));
    svg += u"<title id=\"map-title\">"_s + escapeHtml(title) + u"</title>\n"_s;
    svg += u"<rect x=\"0.5\" y=\"0.5\" width=\"%1\" height=\"%2\" fill=\"#f8fafb\" "
           u"stroke=\"#d5dbe3\"/>\n"_s.arg(n(kWidth - 1), n(kHeight - 1));
    // A light grid at the scale bar's step gives a sense of distance everywhere on the map, not
    // only at the bar.
    const double grid = scaleBarMetres(std::max(spanX, spanY));
    svg += u"<g stroke=\"#e6ebf0\" stroke-width=\"1\">"_s;
    for (double gx = std::ceil((midX - kWidth / 2 / scale) / grid) * grid;
         gx <= midX + kWidth / 2 / scale; gx += grid) {
        const double x = toSvg({gx, 0}).x;
        svg += u"<line x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\"/>"_s.arg(n(x), n(kPlotHeight));
    }
    for (double gy = std::ceil((midY - kHeight / scale) / grid) * grid;
         gy <= midY + kHeight / scale; gy += grid) {
        const double y = toSvg({0, gy}).y;
        if (y < 0 || y > kPlotHeight)
            continue;
        svg += u"<line x1=\"0\" y1=\"%1\" x2=\"%2\" y2=\"%1\"/>"_s.arg(n(y), n(kWidth));
    }
    svg += u"</g>\n"_s;

    if (hasSite) {
        const Point s = toSvg(project(*permit.siteLat, *permit.siteLon));
        svg += u"<g><title>"_s + escapeHtml(text(Text::Site, lang)) + u"</title>"_s;
        svg += u"<path d=\"M%1 %2 l9 -9 l9 9 v9 h-18 z\" fill=\"#fff\" stroke=\"#5b6673\" "
               u"stroke-width=\"2\"/>"_s.arg(n(s.x - 9), n(s.y + 2));
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"#5b6673\" "
               u"text-anchor=\"middle\">%3</text></g>\n"_s.arg(
                   n(s.x), n(s.y + 26), escapeHtml(text(Text::Site, lang)));
    }
    // Labels go right of their marker, else below, above or left of it, whichever first
    // overlaps no label placed before (outlets a few metres apart are common: two stacks on one
    // chimney base, a vent beside a stack).
    struct Box
    {
        double left, top, right, bottom;
        bool overlaps(const Box &o) const
        {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    };
    QList<Box> placed;
    for (const PublicOutlet &outlet : permit.outlets) {
        const Point p = toSvg(project(outlet.lat, outlet.lon));
        placed.append({p.x - 8, p.y - 8, p.x + 8, p.y + 8});
    }
    for (const PublicOutlet &outlet : permit.outlets) {
        const Point p = toSvg(project(outlet.lat, outlet.lon));
        const bool air = outlet.medium == u"air";
        const QString colour = air ? u"#0b4f8a"_s : u"#0f7c8c"_s;
        const QString fill = outlet.category == u"main" ? colour : u"#fff"_s;
        svg += u"<g><title>"_s + escapeHtml(outlet.code + u' ' + outlet.name) + u"</title>"_s;
        if (air) {
            svg += u"<circle cx=\"%1\" cy=\"%2\" r=\"7\" fill=\"%3\" stroke=\"%4\" "
                   u"stroke-width=\"2.5\"/>"_s.arg(n(p.x), n(p.y), fill, colour);
        } else {
            svg += u"<rect x=\"%1\" y=\"%2\" width=\"14\" height=\"14\" fill=\"%3\" stroke=\"%4\" "
                   u"stroke-width=\"2.5\"/>"_s.arg(n(p.x - 7), n(p.y - 7), fill, colour);
        }
        const double width = 8.5 * outlet.code.size();
        const std::pair<double, double> offsets[] = {
            {11, 5}, {-width / 2, 24}, {-width / 2, -13}, {-11 - width, 5}, {11, 20}, {11, -10}};
        Point label {p.x + offsets[0].first, p.y + offsets[0].second};
        for (const auto &[dx, dy] : offsets) {
            const Box box {p.x + dx, p.y + dy - 12, p.x + dx + width, p.y + dy + 2};
            const bool free = std::none_of(placed.cbegin(), placed.cend(),
                [&](const Box &other) { return box.overlaps(other); });
            if (free) {
                label = {p.x + dx, p.y + dy};
                break;
            }
        }
        placed.append({label.x, label.y - 12, label.x + width, label.y + 2});
        svg +=
            u"<text x=\"%1\" y=\"%2\" font-size=\"13\" font-weight=\"600\" fill=\"#1d2733\" "
            u"stroke=\"#f8fafb\" stroke-width=\"3\" paint-order=\"stroke\">%3</text></g>\n"_s.arg(
                n(label.x), n(label.y), escapeHtml(outlet.code));
    }

    svg += u"<rect x=\"0.5\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"#fff\" "
           u"stroke=\"#d5dbe3\"/>\n"_s.arg(n(kPlotHeight), n(kWidth - 1), n(kStrip - 0.5));
    // North arrow, top right.
    svg += u"<g transform=\"translate(%1 22)\"><path d=\"M0 0 l8 22 l-8 -6 l-8 6 z\" "
           u"fill=\"#1d2733\"/><text x=\"0\" y=\"38\" font-size=\"12\" text-anchor=\"middle\" "
           u"fill=\"#1d2733\">N</text></g>\n"_s.arg(n(kWidth - 28));
    // Scale bar, bottom right.
    const double bar = scaleBarMetres(std::max(spanX, spanY));
    const double barPx = bar * scale;
    const double barX = kWidth - 24 - barPx;
    const double barY = kHeight - 14;
    svg +=
        u"<g fill=\"#1d2733\" font-size=\"12\"><rect x=\"%1\" y=\"%2\" width=\"%3\" "
        u"height=\"5\"/><rect x=\"%1\" y=\"%2\" width=\"%4\" height=\"5\" fill=\"#fff\" "
        u"stroke=\"#1d2733\"/><text x=\"%5\" y=\"%6\" text-anchor=\"middle\">%7</text></g>\n"_s.arg(
            n(barX), n(barY), n(barPx), n(barPx / 2), n(barX + barPx / 2), n(barY - 6),
            bar >= 1000 ? formatNumber(bar / 1000) + u" km"_s : formatNumber(bar) + u" m"_s);
    // Legend, in the strip below the plot: one row of medium (shape) and category (fill).
    svg += u"<g font-size=\"12\" fill=\"#1d2733\" transform=\"translate(18 %1)\">"_s.arg(
        n(kPlotHeight + kStrip / 2 + 4));
    const struct
    {
        QString marker;
        QString label;
    } entries[] = {
        {u"<circle cx=\"0\" cy=\"-4\" r=\"6\" fill=\"#0b4f8a\"/>"_s, enumName(u"air"_s, lang)},
        {u"<rect x=\"-6\" y=\"-10\" width=\"12\" height=\"12\" fill=\"#0f7c8c\"/>"_s,
            enumName(u"water"_s, lang)},
        {u"<circle cx=\"0\" cy=\"-4\" r=\"6\" fill=\"#5b6673\"/>"_s, enumName(u"main"_s, lang)},
        {u"<circle cx=\"0\" cy=\"-4\" r=\"5\" fill=\"#fff\" stroke=\"#5b6673\" "
         u"stroke-width=\"2\"/>"_s,
            enumName(u"general"_s, lang)},
        {u"<path d=\"M-7 -2 l7 -7 l7 7 v6 h-14 z\" fill=\"#fff\" stroke=\"#5b6673\" "
         u"stroke-width=\"1.5\"/>"_s,
            text(Text::Site, lang)},
    };
    double x = 0;
    for (const auto &entry : entries) {
        svg += u"<g transform=\"translate(%1 0)\">"_s.arg(n(x)) + entry.marker
            + u"<text x=\"12\" y=\"0\">"_s + escapeHtml(entry.label) + u"</text></g>"_s;
        x += 34 + 7.5 * entry.label.size() * (lang == Lang::Zh ? 1.7 : 1.0);
    }
    svg += u"</g>\n</svg>\n"_s;
    return svg;
}

} // namespace outfall::server::publish

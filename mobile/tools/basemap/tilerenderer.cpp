#include "basemap/tilerenderer.h"

#include "core/webmercator.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace outfall::basemap {

namespace {

constexpr int kTileSize = 256;

struct Style
{
    QColor colour;
    double width;
    Qt::PenStyle pen;
};

Style styleOf(const QString &kind)
{
    if (kind == u"coast")
        return {QColor(0x3b, 0x6e, 0xa8), 2.0, Qt::SolidLine};
    if (kind == u"river")
        return {QColor(0x6a, 0x9f, 0xd4), 1.2, Qt::SolidLine};
    return {QColor(0x8a, 0x7a, 0x9a), 1.2, Qt::DashLine}; // border
}

} // namespace

TileRenderer::TileRenderer(QList<FeatureLines> features)
    : m_features(std::move(features))
{ }

QImage TileRenderer::render(int zoom, int x, int y) const
{
    QImage image(kTileSize, kTileSize, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xef, 0xe6));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF origin(double(x) * kTileSize, double(y) * kTileSize);
    for (const FeatureLines &feature : m_features) {
        const Style style = styleOf(feature.kind);
        QPen pen(style.colour, style.width, style.pen, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        for (const auto &segment : feature.segments) {
            if (segment.size() < 2)
                continue;
            QPainterPath path;
            for (qsizetype i = 0; i < segment.size(); ++i) {
                const QPointF pixel =
                    mobile::WebMercator::project(segment[i].y(), segment[i].x(), zoom) - origin;
                if (i == 0)
                    path.moveTo(pixel);
                else
                    path.lineTo(pixel);
            }
            painter.drawPath(path);
        }
    }
    return image;
}

} // namespace outfall::basemap

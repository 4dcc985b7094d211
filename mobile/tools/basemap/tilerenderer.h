#pragma once

#include "basemap/gmtsegments.h"

#include <QImage>
#include <QList>

namespace outfall::basemap {

// Draws feature lines into 256-pixel Web Mercator tiles, the app's base map style: a pale
// ground, the coast as a firm blue line, rivers thinner, administrative borders dashed. Lines
// only: GSHHG's shorelines come clipped into bins, not closed land polygons, so there is no
// land fill (docs/basemap.md).
class TileRenderer
{
public:
    explicit TileRenderer(QList<FeatureLines> features);

    // The tile (zoom, x, y) in slippy-map (XYZ) order.
    QImage render(int zoom, int x, int y) const;

private:
    QList<FeatureLines> m_features;
};

} // namespace outfall::basemap

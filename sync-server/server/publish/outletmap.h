#pragma once

#include "server/publish/publicdata.h"
#include "server/publish/sitetext.h"

#include <QString>

namespace outfall::server::publish {

// The permit's outlets (and the site's position) drawn as an inline SVG: a local
// equirectangular projection around the points (exact enough over the few hundred metres of a
// site), a scale bar of a round length, a north arrow and a legend. No tiles, no base map:
// the positions are the permit's content. Empty when there is nothing to plot.
QString outletMapSvg(const PublicPermit &permit, Lang lang);

// The scale bar's length for a map showing about `metres` across: 1, 2 or 5 times a power of
// ten, at most a third of it.
double scaleBarMetres(double metres);

} // namespace outfall::server::publish

#pragma once

#include "report/casereportdata.h"

#include <QRect>

class QPainter;

namespace outfall::report {

// The report's outlet map: the permit's outlets and where measurements, photos and position
// fixes were taken, projected equirectangularly (metres east and north of the points'
// centre) into a box, with a legend and a scale bar. No basemap: the positions are the
// evidence.
class OutletMap
{
public:
    static void draw(QPainter &painter, const QRect &box,
        const QList<CaseReportData::MapPoint> &points, bool chinese);
};

} // namespace outfall::report

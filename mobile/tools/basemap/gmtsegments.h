#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace outfall::basemap {

// Lines of one kind of feature (coast, river, border) as GMT writes them with
// `gmt coast -M` (multi-segment ASCII): a line starting with '>' opens a segment, every
// other non-empty line is "lon lat" separated by blanks or a tab. Points are (lon, lat).
struct FeatureLines
{
    QString kind; // coast, river, border
    QList<QList<QPointF>> segments;
};

// Throws std::runtime_error "FILE:LINE: message" on a line that is not a header, not two
// numbers, or a coordinate outside WGS-84 bounds.
FeatureLines readGmtSegments(const QString &path, const QString &kind);

} // namespace outfall::basemap

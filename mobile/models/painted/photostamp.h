#pragma once

#include <QImage>
#include <QStringList>

namespace outfall::models {

// The display copy of an evidence photo (DESIGN: "derive a downscaled, stamped copy for
// display and reports"): scaled so its longest edge is at most maxEdge pixels (never
// enlarged) and stamped along the bottom with `lines` (time, position with accuracy,
// inspector, permit) in white on a dark band, readable on any picture. The original is
// not touched: its bytes and hash are the evidence.
class PhotoStamp
{
public:
    static QImage render(const QImage &original, int maxEdge, const QStringList &lines);
};

} // namespace outfall::models

#include "models/painted/maplabels.h"

#include <algorithm>

namespace outfall::models::MapLabels {

namespace {

QList<QRectF> candidates(const Request &r)
{
    const double w = r.size.width();
    const double h = r.size.height();
    const double gap = r.symbolRadius + 4;
    const QRectF left(r.anchor.x() - gap - w, r.anchor.y() - h / 2, w, h);
    const QRectF right(r.anchor.x() + gap, r.anchor.y() - h / 2, w, h);
    const QRectF above(r.anchor.x() - w / 2, r.anchor.y() - gap - 4 - h, w, h);
    const QRectF below(r.anchor.x() - w / 2, r.anchor.y() + gap, w, h);
    // The corners last: clear of the four sides' boxes (a corner is taken when a side is
    // another label's), its near corner on the diagonal.
    const double dx = std::max(gap * 0.7, w / 2);
    const double dy = std::max(gap * 0.7, h / 2);
    const QRectF leftAbove(r.anchor.x() - dx - w, r.anchor.y() - dy - h, w, h);
    const QRectF leftBelow(r.anchor.x() - dx - w, r.anchor.y() + dy, w, h);
    const QRectF rightAbove(r.anchor.x() + dx, r.anchor.y() - dy - h, w, h);
    const QRectF rightBelow(r.anchor.x() + dx, r.anchor.y() + dy, w, h);
    return r.preferLeft
        ? QList<QRectF> {left, right, above, below, leftAbove, leftBelow, rightAbove, rightBelow}
        : QList<QRectF> {right, left, above, below, rightAbove, rightBelow, leftAbove, leftBelow};
}

bool hits(const QRectF &rect, const QList<QRectF> &others)
{
    return std::any_of(
        others.begin(), others.end(), [&](const QRectF &other) { return rect.intersects(other); });
}

bool crossedByAny(const QRectF &rect, const QList<QLineF> &lines)
{
    return std::any_of(
        lines.begin(), lines.end(), [&](const QLineF &line) { return crosses(line, rect); });
}

} // namespace

bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
        {rect.topRight(), rect.bottomRight()}, {rect.bottomRight(), rect.bottomLeft()},
        {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

QList<Placed> place(QList<Request> requests, const QList<QRectF> &obstacles, const QRectF &bounds,
    const QList<QLineF> &lines)
{
    // Highest priority first; equal ones keep their order (route order, then code).
    std::stable_sort(requests.begin(), requests.end(),
        [](const Request &a, const Request &b) { return a.priority > b.priority; });
    QList<Placed> placed;
    QList<QRectF> taken;
    for (const Request &request : std::as_const(requests)) {
        const QList<QRectF> sides = candidates(request);
        QRectF chosen;
        QRectF crossed; // the first free side a line crosses: taken when no side is clear
        for (const QRectF &side : sides) {
            if (bounds.contains(side) && !hits(side, taken) && !hits(side, obstacles)) {
                if (!crossedByAny(side, lines)) {
                    chosen = side;
                    break;
                }
                if (crossed.isNull())
                    crossed = side;
            }
        }
        if (chosen.isNull())
            chosen = crossed;
        if (chosen.isNull() && request.priority == Selected) {
            // The one the inspector asked about: drawn even over a symbol, on the first side
            // that is on screen and clear of other labels.
            for (const QRectF &side : sides) {
                if (bounds.contains(side) && !hits(side, taken)) {
                    chosen = side;
                    break;
                }
            }
            if (chosen.isNull())
                chosen = sides.first();
        }
        if (chosen.isNull())
            continue;
        taken.append(chosen);
        placed.append({request.outlet, chosen});
    }
    return placed;
}

} // namespace outfall::models::MapLabels

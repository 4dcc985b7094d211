#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace outfall::models {

// Where the map's outlet labels go so that no two overlap, however close the outlets stand
// (a stack and an outfall of one site, a dozen sites zoomed out). Labels are placed in
// priority order, each at the first free side of its symbol (its preferred side, the other,
// above, below, then the four corners), a side no line crosses first (the route: a label struck
// through is hard to read in the sun); a label with no free side is left out, its symbol still
// drawn. The selected outlet's label is always drawn (it is placed first).
namespace MapLabels {

enum Priority { General = 0, Main = 1, Flagged = 2, Selected = 3 };

struct Request
{
    int outlet = -1;
    QPointF anchor; // the symbol's centre
    double symbolRadius = 0;
    QSizeF size; // the label's box
    Priority priority = General;
    bool preferLeft = false;
};

struct Placed
{
    int outlet = -1;
    QRectF rect;
};

// `obstacles`: what labels must not cover either (symbols, stop badges, the legend); a
// selected label may cover them when nothing else fits. `lines`: what a label avoids where
// another side is free (the route's legs). Placed labels lie within `bounds`.
QList<Placed> place(QList<Request> requests, const QList<QRectF> &obstacles, const QRectF &bounds,
    const QList<QLineF> &lines = {});

// Whether the segment crosses or lies in the rectangle.
bool crosses(const QLineF &line, const QRectF &rect);

} // namespace MapLabels

} // namespace outfall::models

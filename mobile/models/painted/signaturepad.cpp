#include "models/painted/signaturepad.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace outfall::models {

SignaturePad::SignaturePad(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAntialiasing(true);
}

void SignaturePad::setEncoded(const QByteArray &bytes)
{
    m_strokes = mobile::SignatureStrokes::decode(bytes).value_or(mobile::SignatureStrokes());
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    setAcceptedMouseButtons(readOnly ? Qt::NoButton : Qt::LeftButton);
    setAcceptTouchEvents(!readOnly);
    Q_EMIT readOnlyChanged();
}

QString SignaturePad::shortfall() const
{
    return m_strokes.shortfall();
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes = {};
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::beginStroke(QPointF point)
{
    if (m_readOnly)
        return;
    m_strokes.padSize = size().toSize();
    m_strokes.strokes.append({point.toPoint()});
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::extendStroke(QPointF point)
{
    if (m_readOnly || m_strokes.strokes.isEmpty())
        return;
    auto &stroke = m_strokes.strokes.last();
    const QPoint p = point.toPoint();
    if (!stroke.isEmpty() && stroke.last() == p)
        return; // a glove resting still adds nothing
    stroke.append(p);
    update();
}

void SignaturePad::paint(QPainter *painter)
{
    const QRectF area = boundingRect();
    painter->fillRect(area, Qt::white);
    painter->setPen(QPen(QColor(0x76, 0x76, 0x76), 2, Qt::DashLine));
    const qreal baseline = area.height() * 0.75;
    painter->drawLine(QPointF(16, baseline), QPointF(area.width() - 16, baseline));
    // Stored strokes from a pad of another size are scaled to fit.
    qreal scale = 1;
    if (m_strokes.padSize.isValid() && m_strokes.padSize.width() > 0 && m_readOnly) {
        scale = std::min(area.width() / m_strokes.padSize.width(),
            area.height() / std::max(1, m_strokes.padSize.height()));
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::black, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const auto &stroke : m_strokes.strokes) {
        if (stroke.size() == 1) {
            painter->drawPoint(QPointF(stroke.first()) * scale);
            continue;
        }
        QPainterPath path(QPointF(stroke.first()) * scale);
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(QPointF(stroke[i]) * scale);
        painter->drawPath(path);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    // From here to the release the stroke is the pad's: an ancestor Flickable (the page's
    // ScrollView) filters the moves and would otherwise take a vertical one as a flick.
    setKeepMouseGrab(true);
    beginStroke(event->position());
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extendStroke(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    extendStroke(event->position());
    endStroke();
    event->accept();
}

void SignaturePad::mouseUngrabEvent()
{
    endStroke(); // the grab was taken after all (a popup, the window losing the mouse)
}

void SignaturePad::touchUngrabEvent()
{
    endStroke();
}

void SignaturePad::endStroke()
{
    setKeepMouseGrab(false);
    setKeepTouchGrab(false);
    Q_EMIT strokesChanged(); // the stroke is complete: `encoded` changed
}

void SignaturePad::touchEvent(QTouchEvent *event)
{
    // One finger signs; a second finger (a palm, a glove's edge) is ignored.
    const auto &points = event->points();
    if (points.isEmpty())
        return;
    const QEventPoint &point = points.first();
    if (point.state() == QEventPoint::Pressed) {
        setKeepTouchGrab(true); // as for the mouse: no Flickable takes the stroke over
        beginStroke(point.position());
    } else {
        extendStroke(point.position());
    }
    if (point.state() == QEventPoint::Released)
        endStroke();
    event->accept();
}

} // namespace outfall::models

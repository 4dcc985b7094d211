#pragma once

#include "core/signaturestrokes.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// A signing surface for a finger or a gloved finger: each touch (or mouse press) to release
// is a stroke, drawn thick and black on white. The strokes, not a bitmap, are what is
// stored (SignatureStrokes, the `strokes` BLOB). Drawn in C++ so the points are exact and
// a C++ test can sign without a screen.
// The pad sits in a scrolling page: a stroke keeps its grab from press to release (keepMouseGrab,
// keepTouchGrab), so an ancestor Flickable never takes a vertical or diagonal stroke over
// as a flick. A read-only pad takes no presses: a flick that starts on it scrolls the page.
class SignaturePad : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool empty READ isEmpty NOTIFY strokesChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    Q_PROPERTY(QByteArray encoded READ encoded WRITE setEncoded NOTIFY strokesChanged)
    Q_PROPERTY(bool readOnly READ readOnly WRITE setReadOnly NOTIFY readOnlyChanged)
    // What is drawn, for the page and tests: the length of the strokes and their extent.
    Q_PROPERTY(double inkLength READ inkLength NOTIFY strokesChanged)
    Q_PROPERTY(QRectF inkBounds READ inkBounds NOTIFY strokesChanged)
    // Why what is drawn is not yet a signature (SignatureStrokes::shortfall); empty when it is.
    Q_PROPERTY(QString shortfall READ shortfall NOTIFY strokesChanged)

public:
    explicit SignaturePad(QQuickItem *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return static_cast<int>(m_strokes.strokes.size()); }
    mobile::SignatureStrokes strokes() const { return m_strokes; }
    QByteArray encoded() const { return m_strokes.encode(); }
    // Shows stored strokes (scaled to fit); invalid bytes clear the pad.
    void setEncoded(const QByteArray &bytes);
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    double inkLength() const { return m_strokes.inkLength(); }
    QRectF inkBounds() const { return m_strokes.bounds(); }
    QString shortfall() const;

    Q_INVOKABLE void clear();
    // Drawing by code (tests, a replayed signature): the same path a finger takes.
    void beginStroke(QPointF point);
    void extendStroke(QPointF point);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void strokesChanged();
    void readOnlyChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    void mouseUngrabEvent() override;
    void touchUngrabEvent() override;

private:
    void endStroke();

    mobile::SignatureStrokes m_strokes;
    bool m_readOnly = false;
};

} // namespace outfall::models

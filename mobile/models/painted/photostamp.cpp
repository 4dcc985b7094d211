#include "models/painted/photostamp.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace outfall::models {

QImage PhotoStamp::render(const QImage &original, int maxEdge, const QStringList &lines)
{
    QImage copy = original;
    if (std::max(original.width(), original.height()) > maxEdge)
        copy = original.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    copy = copy.convertToFormat(QImage::Format_RGB32);
    if (lines.isEmpty())
        return copy;

    QPainter painter(&copy);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    // About 1/40 of the longest edge: readable in a report, small enough to leave the picture.
    font.setPixelSize(std::max(12, std::max(copy.width(), copy.height()) / 40));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 2;
    const int bandHeight = metrics.height() * static_cast<int>(lines.size()) + 2 * padding;
    const QRect band(0, copy.height() - bandHeight, copy.width(), bandHeight);
    painter.fillRect(band, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    int y = band.top() + padding + metrics.ascent();
    for (const QString &line : lines) {
        painter.drawText(
            padding, y, metrics.elidedText(line, Qt::ElideRight, copy.width() - 2 * padding));
        y += metrics.height();
    }
    painter.end();
    return copy;
}

} // namespace outfall::models

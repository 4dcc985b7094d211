#include "basemap/gmtsegments.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::basemap {

namespace {

[[noreturn]] void fail(const QString &path, int line, const QString &message)
{
    throw std::runtime_error(u"%1:%2: %3"_s.arg(path).arg(line).arg(message).toStdString());
}

} // namespace

FeatureLines readGmtSegments(const QString &path, const QString &kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error(
            u"%1: cannot read: %2"_s.arg(path, file.errorString()).toStdString());
    FeatureLines lines {kind, {}};
    QTextStream in(&file);
    static const QRegularExpression blanks(u"[ \t,]+"_s);
    int number = 0;
    while (!in.atEnd()) {
        const QString text = in.readLine().trimmed();
        ++number;
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (text.startsWith(u'>')) {
            lines.segments.append(QList<QPointF>());
            continue;
        }
        const QStringList fields = text.split(blanks, Qt::SkipEmptyParts);
        bool lonOk = false;
        bool latOk = false;
        const double lon = fields.value(0).toDouble(&lonOk);
        const double lat = fields.value(1).toDouble(&latOk);
        if (fields.size() < 2 || !lonOk || !latOk)
            fail(path, number,
                u"expected \"longitude latitude\", found \"%1\""_s.arg(text.left(60)));
        if (lon < -180 || lon > 360 || lat < -90 || lat > 90)
            fail(path, number, u"coordinate %1, %2 is outside WGS-84"_s.arg(lon).arg(lat));
        if (lines.segments.isEmpty())
            lines.segments.append(QList<QPointF>()); // points before any header: one segment
        lines.segments.last().append(QPointF(lon > 180 ? lon - 360 : lon, lat));
    }
    return lines;
}

} // namespace outfall::basemap

// MapCanvas: how far and in which direction the selected outlet is from the tablet, said
// the way an inspector walks to it ("350 m away, bearing 45° (northeast)").
#include "domain/geodesy.h"
#include "models/painted/mapcanvas.h"

#include <cmath>
#include <numbers>

namespace outfall::models {

double MapCanvas::bearingDeg(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = std::numbers::pi / 180;
    const double phi1 = lat1 * rad;
    const double phi2 = lat2 * rad;
    const double dLambda = (lon2 - lon1) * rad;
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x =
        std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    const double bearing = std::atan2(y, x) / rad;
    return std::fmod(bearing + 360, 360);
}

QString MapCanvas::compassPoint(double bearing)
{
    switch (static_cast<int>(std::lround(bearing / 45)) % 8) {
    case 0:
        return tr("north");
    case 1:
        return tr("northeast");
    case 2:
        return tr("east");
    case 3:
        return tr("southeast");
    case 4:
        return tr("south");
    case 5:
        return tr("southwest");
    case 6:
        return tr("west");
    default:
        return tr("northwest");
    }
}

QString MapCanvas::selectedDistance() const
{
    if (m_selected < 0)
        return {};
    if (!hereValid())
        return tr("Distance: waiting for a position fix");
    const mobile::AssignedOutlet &outlet = m_outlets[m_selected];
    const double metres = domain::Geodesy::haversineM(m_hereLat, m_hereLon, outlet.lat, outlet.lon);
    const double bearing = bearingDeg(m_hereLat, m_hereLon, outlet.lat, outlet.lon);
    const QString distance = metres >= 1000
        ? tr("%1 km").arg(UiLanguage::number(metres / 1000, metres >= 10000 ? 0 : 1, m_language))
        : tr("%1 m").arg(UiLanguage::number(metres, 0, m_language));
    return tr("%1 away, bearing %2° (%3)")
        .arg(distance, QString::number(std::lround(bearing) % 360), compassPoint(bearing));
}

} // namespace outfall::models

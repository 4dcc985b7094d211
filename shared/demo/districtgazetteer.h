#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace outfall::demo {

// The Shenzhen districts the demo places its enterprises in, with the streets, the river
// and the municipal sewage plant a site there would name in its permit.
struct District
{
    QString code; // administrative division, 4403xx
    QString nameZh;
    QString nameEn;
    double lat = 0; // rough centre of the industrial area
    double lon = 0;
    QStringList subdistrictsZh;
    QString riverZh; // where a direct discharger drains
    QString riverEn;
    QString sewagePlantZh;
    QString sewagePlantEn;

    // As a permit's destination: the Chinese name with the English beside it.
    QString river() const;
    QString sewagePlant() const;
};

class DistrictGazetteer
{
public:
    static const QList<District> &all();
    static const QStringList &roadsZh();
};

} // namespace outfall::demo

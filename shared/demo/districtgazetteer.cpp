#include "demo/districtgazetteer.h"

#include "demo/outletbuilder.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

const QList<District> &DistrictGazetteer::all()
{
    // Centres lean to each district's industrial belt rather than its civic centre.
    static const QList<District> districts = {
        {u"440306"_s, u"宝安区"_s, u"Bao'an"_s, 22.700, 113.840,
            {u"沙井"_s, u"福永"_s, u"松岗"_s, u"石岩"_s, u"燕罗"_s}, u"茅洲河"_s,
            u"Maozhou River"_s, u"沙井水质净化厂"_s, u"Shajing water purification plant"_s},
        {u"440307"_s, u"龙岗区"_s, u"Longgang"_s, 22.720, 114.250,
            {u"坪地"_s, u"横岗"_s, u"龙城"_s, u"宝龙"_s}, u"龙岗河"_s, u"Longgang River"_s,
            u"横岭塘水质净化厂"_s, u"Henglingtang water purification plant"_s},
        {u"440311"_s, u"光明区"_s, u"Guangming"_s, 22.770, 113.920,
            {u"公明"_s, u"玉塘"_s, u"新湖"_s, u"马田"_s}, u"茅洲河"_s, u"Maozhou River"_s,
            u"光明水质净化厂"_s, u"Guangming water purification plant"_s},
        {u"440310"_s, u"坪山区"_s, u"Pingshan"_s, 22.700, 114.350,
            {u"坑梓"_s, u"碧岭"_s, u"坪山"_s, u"龙田"_s}, u"坪山河"_s, u"Pingshan River"_s,
            u"上洋水质净化厂"_s, u"Shangyang water purification plant"_s},
        {u"440309"_s, u"龙华区"_s, u"Longhua"_s, 22.690, 114.030, {u"观澜"_s, u"大浪"_s, u"福城"_s},
            u"观澜河"_s, u"Guanlan River"_s, u"观澜水质净化厂"_s,
            u"Guanlan water purification plant"_s},
        {u"440305"_s, u"南山区"_s, u"Nanshan"_s, 22.500, 113.900, {u"南头"_s, u"西丽"_s, u"蛇口"_s},
            u"珠江口"_s, u"Pearl River Estuary"_s, u"南山水质净化厂"_s,
            u"Nanshan water purification plant"_s},
        {u"440308"_s, u"盐田区"_s, u"Yantian"_s, 22.590, 114.240, {u"盐田"_s, u"沙头角"_s},
            u"大鹏湾"_s, u"Dapeng Bay"_s, u"盐田水质净化厂"_s,
            u"Yantian water purification plant"_s},
    };
    return districts;
}

QString District::river() const
{
    return OutletBuilder::bilingual(riverZh, riverEn);
}

QString District::sewagePlant() const
{
    return OutletBuilder::bilingual(sewagePlantZh, sewagePlantEn);
}

const QStringList &DistrictGazetteer::roadsZh()
{
    static const QStringList roads = {u"工业大道"_s, u"环城路"_s, u"科技路"_s, u"兴业路"_s,
        u"创业一路"_s, u"创业二路"_s, u"富源路"_s, u"东环路"_s, u"南光路"_s, u"和平路"_s,
        u"宝石路"_s, u"新桥路"_s, u"同富路"_s, u"振兴路"_s, u"龙腾路"_s, u"滨海大道"_s};
    return roads;
}

} // namespace outfall::demo

#include "rules/r12_evidencelocation.h"

#include "domain/geodesy.h"
#include "rules/rulesupport.h"

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using namespace support;

struct Place
{
    QString name; // "site", "DA001"
    double lat = 0;
    double lon = 0;
};

struct Nearest
{
    const Place *place = nullptr;
    double distanceM = 0;
};

Nearest nearest(const QList<Place> &places, double lat, double lon)
{
    Nearest best;
    for (const Place &place : places) {
        double d = 0;
        try {
            d = domain::Geodesy::haversineM(lat, lon, place.lat, place.lon);
        } catch (const std::invalid_argument &) {
            continue;
        }
        if (!best.place || d < best.distanceM
            || (d == best.distanceM && place.name < best.place->name)) {
            best.place = &place;
            best.distanceM = d;
        }
    }
    return best;
}

} // namespace

QList<Flag> evaluateEvidenceLocation(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    const double limitM = context.config.evidenceDistanceM;
    // Every outlet the permit has ever listed counts as a place of the enterprise (a removed
    // outlet is still where the pipe was), and the site.
    QList<Place> places;
    if (s.siteLat && s.siteLon)
        places.append({u"site"_s, *s.siteLat, *s.siteLon});
    for (const SnapshotOutlet &outlet : s.outlets)
        places.append({outlet.code, outlet.lat, outlet.lon});
    if (places.isEmpty())
        return {};

    struct Item
    {
        QString kind; // photo / measurement
        QString id;
        QString inspectionId;
        double lat;
        double lon;
        std::int64_t atMs;
        bool imported;
    };
    QList<Item> items;
    for (const SnapshotPhoto &photo : s.photos) {
        if (photo.lat && photo.lon)
            items.append({u"photo"_s, photo.id, photo.inspectionId, *photo.lat, *photo.lon,
                photo.takenAtMs, photo.imported});
    }
    for (const SnapshotMeasurement &m : s.measurements) {
        if (m.lat && m.lon)
            items.append(
                {u"measurement"_s, m.id, m.inspectionId, *m.lat, *m.lon, m.recordedAtMs, false});
    }

    QList<Flag> flags;
    for (const Item &item : std::as_const(items)) {
        const Nearest near = nearest(places, item.lat, item.lon);
        if (!near.place || near.distanceM <= limitM)
            continue;
        Flag flag;
        // A photo imported from a file keeps the position its own EXIF states, which may be
        // where a document was photographed: information, not a warning.
        flag.severity = item.imported ? Severity::Info : Severity::Warning;
        const QDate day = Cst::dateOf(item.atMs);
        flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate),
            item.kind + u':' + item.id};
        const QString source = item.kind + u' ' + item.id;
        flag.inputs = {
            input(u"position"_s, u"%1, %2"_s.arg(num(item.lat), num(item.lon)), u"°"_s, source),
            input(u"taken at"_s, Cst::text(item.atMs), {}, source),
            input(u"nearest place"_s, near.place->name, {}, u"permit "_s + s.permitId),
            input(u"maximum distance"_s, num(limitM), u"m"_s, u"configuration"_s)};
        if (item.imported)
            flag.inputs.append(
                input(u"imported"_s, u"yes (position from the file's EXIF)"_s, {}, source));
        const QString distance = num(std::round(near.distanceM));
        flag.steps << step(u"distance to the nearest of the site and %1 outlets: %2 (%3 m)"_s.arg(
                               QString::number(s.outlets.size()), near.place->name, distance),
            u"厂址及 %1 个排放口中最近的：%2（%3 m）"_s.arg(QString::number(s.outlets.size()),
                near.place->name == u"site" ? u"厂址"_s : near.place->name, distance))
                   << formula(u"%1 m > %2 m"_s.arg(distance, num(limitM)));
        const QString whatEn = item.kind == u"photo"
            ? (item.imported ? u"An imported photo"_s : u"A photo"_s)
            : u"A measurement"_s;
        const QString whatZh =
            item.kind == u"photo" ? (item.imported ? u"导入的照片"_s : u"照片"_s) : u"现场监测"_s;
        const QString placeEn =
            near.place->name == u"site" ? u"the site"_s : u"outlet "_s + near.place->name;
        const QString placeZh =
            near.place->name == u"site" ? u"厂址"_s : u"排放口 "_s + near.place->name;
        flag.messageEn =
            u"%1 of %2 was taken %3 m from the nearest place of the enterprise (%4), more than %5 m."_s
                .arg(whatEn, day.toString(Qt::ISODate), distance, placeEn, num(limitM));
        flag.messageZh = u"%1 %2 的拍摄/记录位置距企业最近位置（%3）%4 米，超过 %5 米。"_s.arg(
            day.toString(Qt::ISODate), whatZh, placeZh, distance, num(limitM));
        flag.evidence = {link(item.kind, item.id)};
        if (!item.inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, item.inspectionId));
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules

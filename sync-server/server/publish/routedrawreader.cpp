#include "server/publish/routedrawreader.h"

#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

// Keys whose values are never published, whatever the draw stores under them.
bool isPrivateKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"inspector") || k.contains(u"device") || k.contains(u"staff")
        || k.contains(u"team") || k.contains(u"officer");
}

QJsonValue parse(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(text); // a bare value or not JSON: taken as text
}

// Every permit a JSON value names, in document order (keys of an object in sorted order, as
// QJsonObject keeps them), each once.
void collectPermits(const QJsonValue &value, const QHash<QString, QString> &numberOf,
    QStringList &found, QSet<QString> &seen)
{
    if (value.isString()) {
        const auto number = numberOf.constFind(value.toString());
        if (number != numberOf.cend() && !seen.contains(*number)) {
            seen.insert(*number);
            found.append(*number);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectPermits(item, numberOf, found, seen);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isPrivateKey(it.key()))
                collectPermits(it.value(), numberOf, found, seen);
        }
    }
}

QStringList permitsIn(const QJsonValue &value, const QHash<QString, QString> &numberOf)
{
    QStringList found;
    QSet<QString> seen;
    collectPermits(value, numberOf, found, seen);
    return found;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

QList<std::pair<QString, QString>> ruleSettings(const QJsonValue &rules)
{
    QList<std::pair<QString, QString>> settings;
    const QJsonObject object = rules.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject: keys sorted
        if (isPrivateKey(it.key()))
            continue;
        QString text = scalarText(it.value());
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items.append(scalarText(item));
            items.removeAll(QString());
            text = items.join(u", "_s);
        }
        if (!text.isEmpty())
            settings.append({it.key(), text});
    }
    return settings;
}

QString publishedText(const store::Statement &row, int column)
{
    // The other branch may store an instant (ms, as docs/schema.md wants) or ISO text.
    const QString text = row.text(column);
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    return text;
}

} // namespace

StoreRouteDrawReader::StoreRouteDrawReader(store::Database &db)
    : m_db(db)
{ }

QList<PublicDraw> StoreRouteDrawReader::draws() const
{
    auto exists = m_db.prepare(
        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'route_draw'"_s);
    if (!exists.step() || exists.int64(0) == 0)
        return {};

    QHash<QString, QString> numberOf; // permit number or id -> number
    auto permits = m_db.prepare(u"SELECT id, number FROM permit"_s);
    while (permits.step()) {
        numberOf.insert(permits.text(0), permits.text(1));
        numberOf.insert(permits.text(1), permits.text(1));
    }

    QList<PublicDraw> draws;
    auto rows = m_db.prepare(uR"(
        SELECT id, seed, coalesce(pool, ''), coalesce(rules, ''), coalesce(result, ''),
               published_at
        FROM route_draw WHERE published_at IS NOT NULL
        ORDER BY published_at DESC, id)"_s);
    while (rows.step()) {
        PublicDraw draw;
        draw.id = rows.text(0);
        draw.seed = rows.text(1);
        draw.publishedAt = publishedText(rows, 5);
        const QJsonValue pool = parse(rows.text(2));
        draw.poolPermits = permitsIn(pool, numberOf);
        std::sort(draw.poolPermits.begin(), draw.poolPermits.end());
        draw.poolSize = pool.isArray() ? static_cast<int>(pool.toArray().size())
                                       : static_cast<int>(draw.poolPermits.size());
        draw.rules = ruleSettings(parse(rows.text(3)));
        draw.drawnPermits = permitsIn(parse(rows.text(4)), numberOf);
        draws.append(draw);
    }
    return draws;
}

} // namespace outfall::server::publish

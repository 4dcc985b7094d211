#include "server/publish/routedrawreader.h"

#include "routes/drawrecord.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

QString publishedText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

// The permit number of each enterprise (its latest revision's permit, the one the site lists).
QHash<QString, QString> permitNumberOfEnterprise(store::Database &db)
{
    QHash<QString, QString> numberOf;
    auto permits = db.prepare(
        u"SELECT enterprise_id, number FROM permit ORDER BY enterprise_id, revision, number"_s);
    while (permits.step())
        numberOf.insert(permits.text(0), permits.text(1)); // the last revision wins
    return numberOf;
}

QStringList numbersOf(const QStringList &enterpriseIds, const QHash<QString, QString> &numberOf)
{
    QStringList numbers;
    for (const QString &id : enterpriseIds) {
        const auto number = numberOf.constFind(id);
        if (number != numberOf.cend() && !numbers.contains(*number))
            numbers.append(*number);
    }
    return numbers;
}

// The rules as a reader of the site needs them. The count of inspectors drawn is public; who
// they are is not (no inspector identities beyond what the law requires).
QList<std::pair<QString, QString>> ruleSettings(const routes::DrawRules &rules)
{
    return {
        {u"pool"_s, rules.pool},
        {u"enterprises"_s, QString::number(rules.enterprises)},
        {u"inspectors"_s, QString::number(rules.inspectors)},
        {u"team_size"_s, QString::number(rules.teamSize)},
        {u"weighting"_s, routes::DrawRules::weightingName(rules.weighting)},
    };
}

} // namespace

StoreRouteDrawReader::StoreRouteDrawReader(store::Database &db)
    : m_db(db)
{ }

QList<PublicDraw> StoreRouteDrawReader::draws() const
{
    if (!m_db.hasTable(u"route_draw"_s))
        return {};

    const QHash<QString, QString> numberOf = permitNumberOfEnterprise(m_db);
    QList<PublicDraw> draws;
    auto rows = m_db.prepare(uR"(
        SELECT number, seed, content, published_at FROM route_draw
        WHERE published_at IS NOT NULL ORDER BY published_at DESC, number DESC)"_s);
    while (rows.step()) {
        const QJsonObject content = QJsonDocument::fromJson(rows.text(2).toUtf8()).object();
        // A record the store holds was checked when it was drawn; one that no longer reads is
        // an error the operator must see, not a draw quietly left off the public record.
        const routes::DrawRecord record = routes::DrawRecord::fromContentJson(content);
        PublicDraw draw;
        draw.id = rows.text(0);
        draw.seed = rows.text(1);
        draw.publishedAt = publishedText(rows.int64(3));
        QStringList pool;
        for (const routes::PoolEnterprise &e : record.pool.enterprises)
            pool.append(e.id);
        draw.poolSize = static_cast<int>(pool.size());
        draw.poolPermits = numbersOf(pool, numberOf);
        std::sort(draw.poolPermits.begin(), draw.poolPermits.end());
        QStringList drawn;
        for (const routes::DrawTeam &team : record.result.teams)
            drawn.append(team.enterpriseIds);
        draw.drawnPermits = numbersOf(drawn, numberOf);
        draw.rules = ruleSettings(record.rules);
        draws.append(draw);
    }
    return draws;
}

} // namespace outfall::server::publish

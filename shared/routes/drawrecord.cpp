#include "routes/drawrecord.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::routes {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonValue required(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key))
        throw std::runtime_error((u"the draw record has no \""_s + key + u"\""_s).toStdString());
    return object.value(key);
}

} // namespace

QJsonObject DrawRecord::contentJson() const
{
    QJsonObject rulesJson {
        {u"pool"_s, rules.pool},
        {u"enterprises"_s, rules.enterprises},
        {u"inspectors"_s, rules.inspectors},
        {u"team_size"_s, rules.teamSize},
        {u"weighting"_s, DrawRules::weightingName(rules.weighting)},
    };
    // The pool as compact rows: [id, weight, open flags, past violations, days since the last
    // inspection (-1 never)]; inspectors [id, code]; conflicts [inspector, enterprise].
    QJsonArray enterprises;
    for (const PoolEnterprise &e : pool.enterprises)
        enterprises.append(QJsonArray {
            e.id, qint64(e.weight), e.openFlags, e.pastViolations, e.daysSinceInspection});
    QJsonArray inspectors;
    for (const PoolInspector &i : pool.inspectors)
        inspectors.append(QJsonArray {i.id, i.code});
    QJsonArray conflicts;
    for (const PoolConflict &c : pool.conflicts)
        conflicts.append(QJsonArray {c.inspectorId, c.enterpriseId});
    QJsonArray teams;
    for (const DrawTeam &team : result.teams)
        teams.append(QJsonObject {{u"inspectors"_s, strings(team.inspectorIds)},
            {u"enterprises"_s, strings(team.enterpriseIds)}});
    return QJsonObject {
        {u"seed"_s, QString::number(seed)},
        {u"rules"_s, rulesJson},
        {u"pool"_s,
            QJsonObject {{u"enterprises"_s, enterprises}, {u"inspectors"_s, inspectors},
                {u"conflicts"_s, conflicts}}},
        {u"result"_s,
            QJsonObject {{u"teams"_s, teams}, {u"passed_over"_s, strings(result.passedOver)}}},
    };
}

QString DrawRecord::contentHash() const
{
    const QByteArray canonical = QJsonDocument(contentJson()).toJson(QJsonDocument::Compact);
    return u"sha256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

DrawRecord DrawRecord::fromContentJson(const QJsonObject &content)
{
    DrawRecord record;
    bool ok = false;
    record.seed = required(content, u"seed"_s).toString().toULongLong(&ok);
    if (!ok)
        throw std::runtime_error("the draw record's seed is not a decimal number");
    const QJsonObject rules = required(content, u"rules"_s).toObject();
    record.rules.pool = required(rules, u"pool"_s).toString();
    record.rules.enterprises = required(rules, u"enterprises"_s).toInt();
    record.rules.inspectors = required(rules, u"inspectors"_s).toInt();
    record.rules.teamSize = required(rules, u"team_size"_s).toInt();
    record.rules.weighting = required(rules, u"weighting"_s).toString() == u"risk"
        ? DrawRules::Weighting::Risk
        : DrawRules::Weighting::Uniform;
    const QJsonObject pool = required(content, u"pool"_s).toObject();
    for (const QJsonValue &row : required(pool, u"enterprises"_s).toArray()) {
        const QJsonArray e = row.toArray();
        record.pool.enterprises.append(
            {e[0].toString(), e[1].toInteger(), e[2].toInt(), e[3].toInt(), e[4].toInt()});
    }
    for (const QJsonValue &row : required(pool, u"inspectors"_s).toArray()) {
        const QJsonArray i = row.toArray();
        record.pool.inspectors.append({i[0].toString(), i[1].toString()});
    }
    for (const QJsonValue &row : required(pool, u"conflicts"_s).toArray()) {
        const QJsonArray c = row.toArray();
        record.pool.conflicts.append({c[0].toString(), c[1].toString()});
    }
    const QJsonObject result = required(content, u"result"_s).toObject();
    for (const QJsonValue &value : required(result, u"teams"_s).toArray()) {
        const QJsonObject team = value.toObject();
        record.result.teams.append(
            {stringsOf(team.value(u"inspectors"_s)), stringsOf(team.value(u"enterprises"_s))});
    }
    record.result.passedOver = stringsOf(result.value(u"passed_over"_s));
    return record;
}

} // namespace outfall::routes

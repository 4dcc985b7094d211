#include "drawlistmodel.h"

#include "consolesession.h"
#include "districtmap.h"
#include "models/session/uilanguage.h"
#include "sync/jsonbody.h"

#include <QCborMap>
#include <QDateTime>
#include <QVariantMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

QJsonArray teamsOf(const QJsonObject &draw)
{
    return draw.value(u"content"_s)
        .toObject()
        .value(u"result"_s)
        .toObject()
        .value(u"teams"_s)
        .toArray();
}

QString stageOf(const QJsonObject &draw)
{
    if (draw.contains(u"published_at"_s))
        return u"published"_s;
    return draw.contains(u"plan"_s) ? u"planned"_s : u"drawn"_s;
}

QString stageText(const QString &stage)
{
    if (stage == u"published")
        return DrawListModel::tr("published");
    if (stage == u"planned")
        return DrawListModel::tr("planned, not published");
    return DrawListModel::tr("drawn, not planned");
}

// The recorded seed as written: the record keeps it as text (a 64-bit seed is not a JSON
// number).
QString seedText(const QJsonValue &seed)
{
    return seed.isString() ? seed.toString() : QString::number(qint64(seed.toDouble()));
}

QString kilometres(double metres)
{
    return UiLanguage::number(metres / 1000.0, 1);
}

} // namespace

DrawListModel::DrawListModel(ConsoleSession &session, QObject *parent)
    : ConsoleListModel(session, parent)
{
    // The draw names its permits through the directory, and re-reads in a new language: both
    // come as sitesChanged (the session turns a language switch into one).
    connect(&session, &ConsoleSession::sitesChanged, this, &DrawListModel::selectedChanged);
}

int DrawListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DrawListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject draw = m_rows.at(index.row()).toObject();
    switch (role) {
    case DrawIdRole:
        return draw.value(u"id"_s).toString();
    case NumberRole:
        return draw.value(u"number"_s).toInt();
    case SeedRole:
        return seedText(draw.value(u"seed"_s));
    case EnterprisesRole: {
        int sites = 0;
        for (const QJsonValue &team : teamsOf(draw))
            sites += int(team.toObject().value(u"enterprises"_s).toArray().size());
        return sites;
    }
    case TeamsRole:
        return int(teamsOf(draw).size());
    case StageRole:
        return stageOf(draw);
    case StageTextRole:
        return stageText(stageOf(draw));
    case CreatedRole:
        return UiLanguage::keepTokensWhole(UiLanguage::dateTime(
            QDateTime::fromMSecsSinceEpoch(qint64(draw.value(u"created_at"_s).toDouble()))));
    default:
        return {};
    }
}

QHash<int, QByteArray> DrawListModel::roleNames() const
{
    return {{DrawIdRole, "drawId"}, {NumberRole, "number"}, {SeedRole, "seed"},
        {EnterprisesRole, "enterprises"}, {TeamsRole, "teams"}, {StageRole, "stage"},
        {StageTextRole, "stageText"}, {CreatedRole, "created"}};
}

QList<QStringList> DrawListModel::teamSites() const
{
    QList<QStringList> sites;
    const QJsonArray planned = m_selected.value(u"plan"_s).toObject().value(u"teams"_s).toArray();
    const QJsonArray drawn = teamsOf(m_selected);
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const QJsonArray order = (i < planned.size() ? planned[i] : drawn[i])
                                     .toObject()
                                     .value(u"enterprises"_s)
                                     .toArray();
        QStringList ids;
        for (const QJsonValue &id : order)
            ids.append(id.toString());
        sites.append(ids);
    }
    return sites;
}

QVariantMap DrawListModel::selected() const
{
    if (m_selected.isEmpty())
        return {};
    const QJsonObject content = m_selected.value(u"content"_s).toObject();
    const QJsonObject rules = content.value(u"rules"_s).toObject();
    const QJsonObject plan = m_selected.value(u"plan"_s).toObject();
    const QJsonObject names = m_selected.value(u"names"_s).toObject();
    const QJsonObject inspectorCodes = names.value(u"inspectors"_s).toObject();
    const QJsonObject enterpriseLabels = names.value(u"enterprises"_s).toObject();
    const bool english = ConsoleSession::english();
    const SiteDirectory &directory = session().directory();

    QVariantList teams;
    const QJsonArray drawn = teamsOf(m_selected);
    const QJsonArray planned = plan.value(u"teams"_s).toArray();
    const QList<QStringList> sites = teamSites();
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        QStringList inspectors;
        for (const QJsonValue &id : drawn[i].toObject().value(u"inspectors"_s).toArray())
            inspectors.append(inspectorCodes.value(id.toString()).toString(id.toString()));
        QStringList siteNames;
        for (const QString &id : sites[i]) {
            const QString name = directory.enterpriseName(id, english);
            siteNames.append(name.isEmpty() ? enterpriseLabels.value(id).toString(id) : name);
        }
        QVariantMap team {{u"team"_s, int(i + 1)}, {u"inspectors"_s, inspectors.join(u" · "_s)},
            {u"sites"_s, siteNames}};
        if (i < planned.size()) {
            const QJsonObject p = planned[i].toObject();
            team.insert(u"plannedKm"_s, kilometres(p.value(u"planned_m"_s).toDouble()));
            team.insert(u"drawOrderKm"_s, kilometres(p.value(u"draw_order_m"_s).toDouble()));
        }
        teams.append(team);
    }
    const QString stage = stageOf(m_selected);
    QVariantMap view {{u"id"_s, selectedId()}, {u"number"_s, m_selected.value(u"number"_s).toInt()},
        {u"seedText"_s, seedText(m_selected.value(u"seed"_s))},
        {u"pool"_s, rules.value(u"pool"_s).toString()},
        {u"weighting"_s,
            rules.value(u"weighting"_s).toString() == u"risk" ? tr("by risk") : tr("uniform")},
        {u"stage"_s, stage}, {u"stageText"_s, stageText(stage)}, {u"planned"_s, stage != u"drawn"},
        {u"published"_s, stage == u"published"},
        // Enough of the hash to compare aloud with `route replay` (the whole is in the record).
        {u"contentHash"_s, m_selected.value(u"content_hash"_s).toString().left(23) + u'…'},
        {u"poolEnterprises"_s,
            m_selected.value(u"pool_size"_s).toObject().value(u"enterprises"_s).toInt()},
        {u"teams"_s, teams}};
    if (!plan.isEmpty()) {
        view.insert(u"plannedKm"_s, kilometres(plan.value(u"planned_m"_s).toDouble()));
        view.insert(u"drawOrderKm"_s, kilometres(plan.value(u"draw_order_m"_s).toDouble()));
    }
    return view;
}

QVariantList DrawListModel::selectedRoutes() const
{
    if (m_selected.isEmpty())
        return {};
    const SiteDirectory &directory = session().directory();
    const bool english = ConsoleSession::english();
    const QJsonArray start = m_selected.value(u"plan"_s).toObject().value(u"start"_s).toArray();
    QVariantList routes;
    int team = 0;
    for (const QStringList &sites : teamSites()) {
        ++team;
        QVariantList points;
        for (const QString &id : sites) {
            const auto position = directory.enterprisePosition(id);
            if (!position)
                continue;
            points.append(QVariantMap {{u"lat"_s, position->y()}, {u"lon"_s, position->x()},
                {u"label"_s, directory.enterpriseName(id, english)}});
        }
        QVariant from;
        if (start.size() == 2)
            from = QVariantMap {{u"lat"_s, start[0].toDouble()}, {u"lon"_s, start[1].toDouble()}};
        routes.append(QVariantMap {{u"team"_s, team}, {u"start"_s, from}, {u"points"_s, points}});
    }
    return routes;
}

void DrawListModel::refresh()
{
    sync::Message message;
    message.command = sync::Command::Route;
    message.header.insert(u"op"_s, u"list"_s);
    session().request(message, [this](const sync::Message &reply) {
        // Newest first: the draw a supervisor works on is the last one made.
        const QJsonArray byNumber = sync::jsonArrayIn(reply, u"draws"_s);
        QJsonArray draws;
        for (qsizetype i = byNumber.size() - 1; i >= 0; --i)
            draws.append(byNumber[i]);
        beginResetModel();
        m_rows = draws;
        endResetModel();
        Q_EMIT countChanged();
        // Nothing chosen yet: the newest draw is shown, its routes on the map.
        if (selectedId().isEmpty() && !m_rows.isEmpty())
            select(m_rows.first().toObject().value(u"id"_s).toString());
    });
}

void DrawListModel::select(const QString &drawId)
{
    if (drawId.isEmpty()) {
        m_selected = {};
        Q_EMIT selectedChanged();
        return;
    }
    routeRequest(u"show"_s, {{u"id"_s, drawId}}, {});
}

void DrawListModel::draw(const QString &pool, int enterprises, int inspectors,
    const QString &seedText, bool riskWeighted)
{
    // An empty pool is every enterprise (the filter's `all`).
    const QString filter = pool.trimmed().isEmpty() ? u"all"_s : pool.trimmed();
    QVariantMap fields {{u"pool"_s, filter}, {u"e"_s, enterprises}, {u"m"_s, inspectors},
        {u"w"_s, riskWeighted ? u"risk"_s : u"uniform"_s}};
    if (!seedText.trimmed().isEmpty()) {
        bool ok = false;
        const qint64 seed = seedText.trimmed().toLongLong(&ok);
        if (!ok || seed < 0) {
            setStatus(tr("The seed must be a whole number of 0 or more, or left empty."));
            return;
        }
        fields.insert(u"seed"_s, seed);
    }
    routeRequest(u"draw"_s, fields, tr("Drawn. Plan the routes, then publish them."));
}

void DrawListModel::plan(double lat, double lon)
{
    if (selectedId().isEmpty()) {
        setStatus(tr("Choose a draw first."));
        return;
    }
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180) {
        setStatus(tr("The start must be a latitude from -90 to 90 and a longitude from -180 to"
                     " 180, in degrees."));
        return;
    }
    routeRequest(u"plan"_s, {{u"id"_s, selectedId()}, {u"lat"_s, lat}, {u"lon"_s, lon}},
        tr("Planned from %1, %2.").arg(UiLanguage::number(lat, 5), UiLanguage::number(lon, 5)));
}

void DrawListModel::publish()
{
    if (selectedId().isEmpty()) {
        setStatus(tr("Choose a draw first."));
        return;
    }
    routeRequest(u"assign"_s, {{u"id"_s, selectedId()}},
        tr("Published. Each inspector's tablet gets its route at its next sync."));
}

QColor DrawListModel::teamColor(int team) const
{
    return DistrictMap::teamColor(team);
}

void DrawListModel::routeRequest(const QString &op, const QVariantMap &fields, const QString &done)
{
    sync::Message message;
    message.command = sync::Command::Route;
    message.header.insert(u"op"_s, op);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        message.header.insert(it.key(), QCborValue::fromVariant(it.value()));
    session().request(
        message,
        [this, op, done](const sync::Message &reply) {
            const QJsonObject record = sync::jsonBodyOf(reply);
            if (op == u"show" || record.contains(u"names"_s)) {
                m_selected = record;
                Q_EMIT selectedChanged();
            } else {
                select(record.value(u"id"_s).toString()); // the names come with show
            }
            if (!done.isEmpty()) {
                setStatus(done);
                refresh();
            }
        },
        [this](const QString &reason) { setStatus(tr("Refused: %1").arg(reason)); });
}

} // namespace outfall::models

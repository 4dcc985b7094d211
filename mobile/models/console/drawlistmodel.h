#pragma once

#include "consolelistmodel.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The console's "double random" draws (ROUTE, docs/routes.md): the list of draws, the one
// selected with its teams and their routes (for the map), and the supervisor's steps on it:
// draw from a pool, plan the teams' routes from a start, publish the plan to the devices.
class DrawListModel : public ConsoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's draws")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    // {number, seed, seedText, pool, weighting, planned, published, plannedKm, drawOrderKm,
    //  contentHash, teams: [{team, inspectors, sites: [names in route order], plannedKm,
    //  drawOrderKm}]}
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // [{team, start: {lat, lon} or null, points: [{lat, lon, label}]}] in route order.
    Q_PROPERTY(QVariantList selectedRoutes READ selectedRoutes NOTIFY selectedChanged)

public:
    enum Role {
        DrawIdRole = Qt::UserRole + 1,
        NumberRole,
        SeedRole,
        EnterprisesRole,
        TeamsRole,
        StageRole,
        StageTextRole,
        CreatedRole,
    };

    DrawListModel(ConsoleSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString selectedId() const { return m_selected.value(QStringLiteral("id")).toString(); }
    QVariantMap selected() const;
    QVariantList selectedRoutes() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &drawId);
    // A new draw; seedText empty lets the server choose (and record) the seed.
    Q_INVOKABLE void draw(const QString &pool, int enterprises, int inspectors,
        const QString &seedText, bool riskWeighted);
    Q_INVOKABLE void plan(double lat, double lon); // the selected draw, from the start
    Q_INVOKABLE void publish(); // the selected draw's plan, to the devices
    // A team's colour on the map, for headings and the legend.
    Q_INVOKABLE QColor teamColor(int team) const;

Q_SIGNALS:
    void countChanged();
    void selectedChanged();

private:
    void routeRequest(const QString &op, const QVariantMap &fields, const QString &done);
    // The enterprises of each team in route order: the plan's when planned, else the draw's.
    QList<QStringList> teamSites() const;

    QJsonArray m_rows;
    QJsonObject m_selected; // ROUTE show's record
};

} // namespace outfall::models

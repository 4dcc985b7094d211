#pragma once

#include "server/publish/publicdata.h"

namespace outfall::store {
class Database;
}

namespace outfall::server::publish {

// The published random draws (双随机) the site lists, from route_draw (migration 0016,
// docs/routes.md "Draw record"); everything the site knows of that table is in this file.
class RouteDrawReader
{
public:
    virtual ~RouteDrawReader() = default;
    // Published draws, newest first. Empty when there are none, or no route_draw table.
    virtual QList<PublicDraw> draws() const = 0;
};

// Reads route_draw from a store. Only rows with published_at are public (a draw is published
// once, then immutable: DESIGN.md "Routes"). The record is reduced to the permits of the
// enterprises in its pool and its result, and to its rules; the inspectors drawn and the
// recorded conflicts of interest are left out, since inspector identities are not published.
class StoreRouteDrawReader final : public RouteDrawReader
{
public:
    explicit StoreRouteDrawReader(store::Database &db);
    QList<PublicDraw> draws() const override;

private:
    store::Database &m_db;
};

} // namespace outfall::server::publish

#pragma once

#include "server/publish/publicdata.h"

namespace outfall::store {
class Database;
}

namespace outfall::server::publish {

// The published random draws (双随机) the site lists. The table route_draw is being made by
// another piece of work (migration 0016: id, seed, pool, rules, result as JSON text,
// published_at); everything the site knows of its shape is in this file, so adapting to the
// merged table changes nothing else.
class RouteDrawReader
{
public:
    virtual ~RouteDrawReader() = default;
    // Published draws, newest first. Empty when there are none, or no route_draw table.
    virtual QList<PublicDraw> draws() const = 0;
};

// Reads route_draw from a store. Only rows with published_at are public (a draw is published
// once, then immutable: DESIGN.md "Routes"). The JSON is reduced to the permits it names (a
// string equal to a permit's number or id, anywhere in pool or result) and to the scalar rule
// settings; anything naming an inspector or a device is dropped, since inspector identities
// are not published.
class StoreRouteDrawReader final : public RouteDrawReader
{
public:
    explicit StoreRouteDrawReader(store::Database &db);
    QList<PublicDraw> draws() const override;

private:
    store::Database &m_db;
};

} // namespace outfall::server::publish

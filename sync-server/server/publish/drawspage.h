#pragma once

#include "server/publish/publicdata.h"
#include "server/publish/sitetext.h"

#include <QString>

namespace outfall::server::publish {

// The page of the published random draws: each draw's seed, rules, candidate count, the
// permits drawn (linked to their pages) and the candidate pool, newest first.
QString drawsPageBody(const PublicSite &site, Lang lang);

} // namespace outfall::server::publish

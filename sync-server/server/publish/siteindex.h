#pragma once

#include "server/publish/publicdata.h"
#include "server/publish/sitetext.h"

#include <QString>

namespace outfall::server::publish {

// The index page: every permit holder in a plain table sorted by permit number, with a search
// box whose tiny inline script (searchScript) hides the rows that do not match. Without
// script the whole table shows, so the page works everywhere. index.html#q=TEXT opens with
// TEXT searched (a link that can be shared, and what the browser test loads).
QString siteIndexBody(const PublicSite &site, Lang lang);
QString searchScript();

} // namespace outfall::server::publish

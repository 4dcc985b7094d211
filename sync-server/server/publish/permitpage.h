#pragma once

#include "server/publish/publicdata.h"
#include "server/publish/sitetext.h"

#include <QDate>
#include <QString>

namespace outfall::server::publish {

// The page of one permit, in one language: the permit's public content (holder, validity,
// industry, capacity, outlets with their map, standards, limits, monitoring) and the reviewed
// inspections' results. Returns the <main> content; writePage() frames it.
QString permitPageBody(const PublicPermit &permit, Lang lang, QDate asOf);

// Whether the permit is in force on asOf: Valid, Expired or NotYetValid.
Text validityStatus(const PublicPermit &permit, QDate asOf);

// The holder's name as the language shows it: the Chinese name, or the English one where the
// permit has it (falling back to the Chinese).
QString holderName(const PublicPermit &permit, Lang lang);

// The page's file inside the site: permit/NUMBER.html or permit/NUMBER.en.html.
QString permitPagePath(const PublicPermit &permit, Lang lang);

// Units as people write them: mg/Nm3 -> mg/Nm³.
QString displayUnit(const QString &unit);

} // namespace outfall::server::publish

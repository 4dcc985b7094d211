#pragma once

#include "rules/permitsnapshot.h"

namespace outfall::store {

class Database;

// Fills what R15–R17 judge into a permit's snapshot (schema 0022): whether the permit row is
// an application, its declared capacity and treatment facilities, and the declaration checks
// of its pre-issuance inspections in force (a superseded check is left out). The same loader
// on the server and the device.
namespace DeclarationSnapshotLoader {

void load(Database &db, rules::PermitSnapshot &snapshot);

} // namespace DeclarationSnapshotLoader

} // namespace outfall::store

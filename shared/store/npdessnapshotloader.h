#pragma once

#include "rules/permitsnapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace outfall::store {

class Database;

// Fills rules::PermitSnapshot for a US NPDES permit from the server store (npdes_permit,
// npdes_dmr_value: migration 0014, docs/echo.md): jurisdiction "us_npdes", permitId the
// npdes_permit row's UUID, permitNumber the NPDES id, and every DMR value in dmrValues (ordered
// by outfall, parameter, period). The only code besides the importer that knows these tables.
namespace NpdesSnapshotLoader {

// The npdes_permit ids (UUIDs) in the store, in NPDES-id order: what the server's evaluator
// runs over for this jurisdiction.
QStringList permitIds(Database &db);

// nullopt when no NPDES permit has that id.
std::optional<rules::PermitSnapshot> load(Database &db, const QString &permitId);

} // namespace NpdesSnapshotLoader

} // namespace outfall::store

#pragma once

#include "rules/permitsnapshot.h"

#include <QHash>

namespace outfall::rules {

// The check in force of each declaration of one kind, by the declared outlet's or facility's
// id (the capacity and zone checks by ""): the latest of every pre-issuance inspection, ties on
// time going to the larger id, so the input order never matters. R15–R17 judge these.
QHash<QString, const SnapshotDeclarationCheck *> latestDeclarationChecks(
    const PermitSnapshot &snapshot, const QString &kind);

} // namespace outfall::rules

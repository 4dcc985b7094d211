#include "rules/declarationchecks.h"

namespace outfall::rules {

QHash<QString, const SnapshotDeclarationCheck *> latestDeclarationChecks(
    const PermitSnapshot &snapshot, const QString &kind)
{
    QHash<QString, const SnapshotDeclarationCheck *> latest;
    for (const SnapshotDeclarationCheck &check : snapshot.declarationChecks) {
        if (check.kind != kind)
            continue;
        const SnapshotDeclarationCheck *&slot = latest[check.subjectId];
        if (!slot || check.recordedAtMs > slot->recordedAtMs
            || (check.recordedAtMs == slot->recordedAtMs && check.id > slot->id))
            slot = &check;
    }
    return latest;
}

} // namespace outfall::rules

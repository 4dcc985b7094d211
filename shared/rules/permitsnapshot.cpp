#include "rules/permitsnapshot.h"

namespace outfall::rules {

const SnapshotOutlet *PermitSnapshot::outlet(const QString &id) const
{
    for (const SnapshotOutlet &candidate : outlets) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace outfall::rules

#pragma once

#include <QStringList>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The form rule as the server checks it at submission (issue 9; docs/decisions.md "A finding
// needs a note or a photo"): a non-compliant answer in force needs a note that is not blank or
// a photo in force whose subject is the item's code. The device refuses to submit without
// them (mobile::InspectionRecords::needsNoteOrPhoto); the server checks again because a device
// is not bound by its own UI.
class FindingSupport
{
public:
    // The codes of the inspection's non-compliant items without either, in checklist order.
    static QStringList unsupportedItems(store::Database &db, const QString &inspectionId);
};

} // namespace outfall::server

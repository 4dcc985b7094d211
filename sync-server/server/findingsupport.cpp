#include "server/findingsupport.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

QStringList FindingSupport::unsupportedItems(store::Database &db, const QString &inspectionId)
{
    // Answers and photos in force: those no later row supersedes. A note of only spaces, tabs
    // or line breaks is blank, as QString::trimmed() judges it on the device.
    auto statement = db.cached(uR"(
        SELECT ci.code FROM checklist_answer a JOIN checklist_item ci ON ci.id = a.item_id
        WHERE a.inspection_id = ?1 AND a.answer = 'non_compliant'
          AND NOT EXISTS (SELECT 1 FROM checklist_answer b WHERE b.supersedes_id = a.id)
          AND trim(coalesce(a.note, ''), ?2) = ''
          AND NOT EXISTS (SELECT 1 FROM photo p
                          WHERE p.inspection_id = ?1 AND p.subject = ci.code
                            AND NOT EXISTS (SELECT 1 FROM photo q WHERE q.supersedes_id = p.id))
        ORDER BY ci.ordinal, ci.code)"_s);
    statement.bind(1, inspectionId);
    statement.bind(2, u" \t\n\r"_s); // a parameter: the engines spell these characters apart
    QStringList codes;
    while (statement.step())
        codes << statement.text(0);
    return codes;
}

} // namespace outfall::server

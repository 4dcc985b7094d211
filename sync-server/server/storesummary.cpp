#include "server/storesummary.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

StoreSummary StoreSummary::read(store::Database &db)
{
    static const QStringList tables = {
        u"enterprise"_s,
        u"permit"_s,
        u"permit_revision"_s,
        u"outlet"_s,
        u"emission_limit"_s,
        u"monitoring_requirement"_s,
        u"report_schedule"_s,
        u"reported_value"_s,
        u"execution_report"_s,
        u"checklist_template"_s,
        u"checklist_item"_s,
        u"inspector"_s,
        u"assignment"_s,
        u"inspection"_s,
        u"flag"_s,
    };
    StoreSummary summary;
    for (const QString &table : tables) {
        // Table names come from the fixed list above, never from input.
        auto stmt = db.prepare(u"SELECT count(*) FROM "_s + table);
        summary.counts.append({table, stmt.step() ? stmt.int64(0) : 0});
    }
    return summary;
}

qint64 StoreSummary::count(const QString &table) const
{
    for (const auto &[name, rows] : counts) {
        if (name == table)
            return rows;
    }
    return -1;
}

QString StoreSummary::toText() const
{
    QString text;
    for (const auto &[name, rows] : counts)
        text += u"  %1 %2\n"_s.arg(name, -24).arg(rows, 10);
    return text;
}

} // namespace outfall::server

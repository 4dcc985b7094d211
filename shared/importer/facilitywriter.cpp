#include "importer/facilitywriter.h"

#include "importer/importreport.h"
#include "store/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::importer {

FacilityWriter::FacilityWriter(store::Database &db, ImportReport &report)
    : m_db(db)
    , m_report(report)
{ }

void FacilityWriter::write(const PermitDocument &doc, const QString &permitId)
{
    QHash<QString, QString> existing; // code → id
    {
        auto rows = m_db.cached(u"SELECT code, id FROM treatment_facility WHERE permit_id = ?"_s);
        rows.bind(1, permitId);
        while (rows.step())
            existing.insert(rows.text(0), rows.text(1));
    }
    auto &counts = m_report.table(u"treatment_facility"_s);
    for (const auto &f : doc.facilities) {
        const QString id = existing.take(f.code);
        const QString outlet = f.outletCode.isEmpty() ? QString() : f.outletCode;
        if (id.isEmpty()) {
            m_db.cached(u"INSERT INTO treatment_facility (id, permit_id, code, name, treats,"
                        u" outlet_code, expected_running) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
                .bind(1, m_ids.next())
                .bind(2, permitId)
                .bind(3, f.code)
                .bind(4, f.name)
                .bind(5, f.treats)
                .bind(6, outlet)
                .bind(7, f.expectedRunning ? 1 : 0)
                .exec();
            ++counts.inserted;
            continue;
        }
        const bool changed =
            m_db.cached(u"UPDATE treatment_facility SET name = ?2, treats = ?3, outlet_code = ?4,"
                        u" expected_running = ?5 WHERE id = ?1 AND (name IS NOT ?2"
                        u" OR treats IS NOT ?3 OR outlet_code IS NOT ?4"
                        u" OR expected_running IS NOT ?5)"_s)
                .bind(1, id)
                .bind(2, f.name)
                .bind(3, f.treats)
                .bind(4, outlet)
                .bind(5, f.expectedRunning ? 1 : 0)
                .exec()
            > 0;
        ++(changed ? counts.updated : counts.unchanged);
    }
    for (const QString &id : std::as_const(existing)) {
        counts.deleted +=
            m_db.cached(u"DELETE FROM treatment_facility WHERE id = ?"_s).bind(1, id).exec();
    }
}

} // namespace outfall::importer

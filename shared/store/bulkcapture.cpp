#include "store/bulkcapture.h"

#include "store/database.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::store {

BulkCapture::BulkCapture(Database &db, std::int64_t sliceRows)
    : m_db(db)
    , m_sliceRows(std::max<std::int64_t>(sliceRows, 1))
{
    if (!m_db.hasTable(u"capture_pause"_s)) // a device's store: nothing to capture
        return;
    // PostgreSQL has no rowids to note: its inserts are captured row by row by the triggers
    // of 0005 (migrations-postgresql/0025), correct and slower.
    if (m_db.engine())
        return;
    // captured_insert is empty between imports, so its rowids count the inserts from 1: the
    // n-th insert of the import takes the counter's value plus n.
    m_db.exec(u"DELETE FROM captured_insert"_s);
    m_db.exec(u"INSERT INTO capture_pause (id) VALUES (1)"_s);
    m_open = true;
}

BulkCapture::~BulkCapture()
{
    if (!m_open)
        return;
    // Not finished: the import failed, and its transaction rolls back, pause included. Should a
    // caller commit anyway, per-row capture must not stay off.
    try {
        m_db.exec(u"DELETE FROM capture_pause"_s);
    } catch (...) { }
}

std::int64_t BulkCapture::finish()
{
    if (!m_open)
        return 0;
    m_open = false;
    m_db.exec(u"DELETE FROM capture_pause"_s);
    auto counter = m_db.cached(u"SELECT seq FROM sync_counter"_s);
    counter.step();
    const std::int64_t base = counter.int64(0);
    counter.reset();
    auto count = m_db.cached(u"SELECT coalesce(max(rowid), 0) FROM captured_insert"_s);
    count.step();
    const std::int64_t inserts = count.int64(0);
    count.reset();
    auto entities = m_db.prepare(u"SELECT DISTINCT entity FROM captured_insert"_s);
    QList<int> captured;
    while (entities.step())
        captured.append(entities.integer(0));
    // In slices of captured rows, not one statement a table: a statement inside a larger
    // transaction keeps a journal of the pages it changes (to undo itself alone), in memory
    // here (temp_store), and one statement over 8 million rows held hundreds of MB of it.
    for (std::int64_t first = 1; first <= inserts; first += m_sliceRows) {
        for (const int entity : std::as_const(captured)) {
            // The view says what ref_row records of a row of this entity; a row inserted and
            // deleted within the import has no row to join (its delete left the tombstone).
            // One whose rowid a later insert took is captured twice: the later insert's seq
            // wins (slices and rows within them go in insert order). One statement an entity,
            // prepared once and run for every slice.
            m_db.cached(u"INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period,"
                        u" seq, deleted)"
                        u" SELECT v.entity, v.row_id, v.scope, v.scope_id, v.owner, v.period,"
                        u" ?1 + c.rowid, 0 FROM captured_insert c JOIN ref_capture_%1 v"
                        u" ON v.rid = c.rid"
                        u" WHERE c.rowid BETWEEN ?2 AND ?3 AND c.entity = %1 ORDER BY c.rowid"
                        u" ON CONFLICT (entity, row_id) DO UPDATE SET scope = excluded.scope,"
                        u" scope_id = excluded.scope_id, owner = excluded.owner,"
                        u" period = excluded.period, seq = excluded.seq, deleted = 0"_s.arg(entity))
                .bind(1, base)
                .bind(2, first)
                .bind(3, first + m_sliceRows - 1)
                .exec();
        }
    }
    m_db.cached(u"UPDATE sync_counter SET seq = seq + ?"_s).bind(1, inserts).exec();
    m_db.exec(u"DELETE FROM captured_insert"_s);
    return inserts;
}

} // namespace outfall::store

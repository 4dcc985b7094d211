#pragma once

#include "domain/uuidv7.h"
#include "sync/hybridlogicalclock.h"
#include "sync/op.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace outfall::sync {

// Realistic ops as one tablet makes them during inspections: the inspection row, an
// arrival fix, checklist answers, on-site measurements, photo metadata, signatures and
// the closing update. Deterministic from the seed (ids, clocks, values), so it feeds
// the dictionary trainer, the golden fixtures and the benchmarks alike.
class OpSampleGenerator
{
public:
    explicit OpSampleGenerator(quint64 seed, std::int64_t startMs = 1'760'000'000'000);

    // Every op of one inspection visit, in capture order.
    std::vector<Op> inspectionVisit();
    // count measurement ops of one inspection (the typical push of a sampling round).
    std::vector<Op> measurements(int count);

    const Uuid &device() const { return m_device; }
    const Uuid &author() const { return m_author; }

private:
    Op begin(Entity entity, Op::Kind kind, const Uuid &rowId);
    Op newRow(Entity entity);
    Op measurement(const Uuid &inspection, const Uuid &outlet, bool air);
    Op checklistAnswer(const Uuid &inspection, int ordinal);
    Op positionFix(const Uuid &inspection, const QString &purpose);
    Op photo(const Uuid &inspection, const Uuid &subject);
    Op signature(const Uuid &inspection, bool representative);
    Op inspectionStart(const Uuid &inspection);
    Op inspectionClose(const Uuid &inspection);
    void set(Op &op, QStringView field, FieldValue value) const;
    void elapse(int minMs, int maxMs);
    double decimal(double low, double high, int places);
    Uuid newId();
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size())))];
    }

    QRandomGenerator m_random;
    std::int64_t m_nowMs;
    domain::UuidV7Generator m_ids;
    Uuid m_device;
    Uuid m_author;
    HybridLogicalClock m_clock;
    std::uint64_t m_seq = 0;
    double m_siteLat = 0;
    double m_siteLon = 0;
    std::vector<Uuid> m_outlets;
    std::vector<Uuid> m_checklistItems;
    Uuid m_permit;
};

} // namespace outfall::sync

#include "rules/reportedindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QString ReportedIndex::key(const QString &outletId, const QString &pollutant, const QString &kind)
{
    return outletId + u'\x1f' + pollutant + u'\x1f' + kind;
}

ReportedIndex::ReportedIndex(const PermitSnapshot &snapshot)
{
    // Rows share few period texts (every series of a permit reports the same days and
    // hours), so each text is parsed once.
    QHash<QString, ReportPeriod::Parsed> parsed;
    QHash<QString, bool> seenSeries;
    for (const SnapshotReportedValue &row : snapshot.reported) {
        const QString cacheKey = row.kind + u'\x1f' + row.period;
        auto it = parsed.constFind(cacheKey);
        if (it == parsed.constEnd())
            it = parsed.insert(cacheKey, ReportPeriod::parse(row.kind, row.period));
        if (!it->ok) {
            ++m_unreadable;
            continue;
        }
        const ReportedRow indexed {&row, it->span, it->days};
        m_groups[key(row.outletId, row.pollutant, row.kind)].append(indexed);
        m_byKind[row.kind].append(indexed);
        const QString seriesKey = row.outletId + u'\x1f' + row.pollutant;
        if (!seenSeries.contains(seriesKey)) {
            seenSeries.insert(seriesKey, true);
            m_series.append({row.outletId, row.pollutant});
        }
        if (!m_window)
            m_window = it->days;
        m_window->first = std::min(m_window->first, it->days.first);
        m_window->last = std::max(m_window->last, it->days.last);
    }
    const auto inOrder = [](const ReportedRow &a, const ReportedRow &b) {
        if (a.span.startMs != b.span.startMs)
            return a.span.startMs < b.span.startMs;
        return a.row->id < b.row->id;
    };
    for (auto &group : m_groups)
        std::sort(group.begin(), group.end(), inOrder);
    for (auto &group : m_byKind)
        std::sort(group.begin(), group.end(), inOrder);
    std::sort(m_series.begin(), m_series.end(), [](const Series &a, const Series &b) {
        return a.outletId != b.outletId ? a.outletId < b.outletId : a.pollutant < b.pollutant;
    });
}

const QList<ReportedRow> &ReportedIndex::rows(
    const QString &outletId, const QString &pollutant, const QString &kind) const
{
    static const QList<ReportedRow> none;
    const auto it = m_groups.constFind(key(outletId, pollutant, kind));
    return it == m_groups.constEnd() ? none : *it;
}

const QList<ReportedRow> &ReportedIndex::rowsOfKind(const QString &kind) const
{
    static const QList<ReportedRow> none;
    const auto it = m_byKind.constFind(kind);
    return it == m_byKind.constEnd() ? none : *it;
}

} // namespace outfall::rules

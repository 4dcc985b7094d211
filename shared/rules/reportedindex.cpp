#include "rules/reportedindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

struct PeriodSpan
{
    bool ok = false;
    Span span;
    DateRange days;
};

// Period texts repeat across rows and permits (every series reports the same days and
// hours), and reading one through the importer's validating parser costs tens of
// microseconds, so each thread keeps what it has read. The cache is bounded: past the
// bound it starts again (a district's 13 months are about 10 000 distinct texts).
const PeriodSpan &periodOf(ReportedIndex::Kind kind, const QString &kindText, const QString &period)
{
    static constexpr qsizetype kBound = 200'000;
    thread_local QHash<QString, PeriodSpan> cache[ReportedIndex::KindCount];
    QHash<QString, PeriodSpan> &table = cache[kind];
    auto it = table.constFind(period);
    if (it != table.constEnd())
        return *it;
    if (table.size() >= kBound)
        table.clear();
    const ReportPeriod::Parsed parsed = ReportPeriod::parse(kindText, period);
    return *table.insert(period, {parsed.ok, parsed.span, parsed.days});
}

bool inOrder(const ReportedRow &a, const ReportedRow &b)
{
    if (a.span.startMs != b.span.startMs)
        return a.span.startMs < b.span.startMs;
    return a.row->id < b.row->id;
}

} // namespace

std::optional<ReportedIndex::Kind> ReportedIndex::kindOf(const QString &kind)
{
    if (kind == u"cems_day")
        return CemsDay;
    if (kind == u"cems_hour")
        return CemsHour;
    if (kind == u"sample")
        return Sample;
    if (kind == u"month_amount")
        return MonthAmount;
    return std::nullopt;
}

ReportedIndex::ReportedIndex(const PermitSnapshot &snapshot)
{
    // Rows usually arrive grouped by series, so the last group found is tried first.
    qsizetype last = -1;
    for (const SnapshotReportedValue &row : snapshot.reported) {
        const auto kind = kindOf(row.kind);
        if (!kind) {
            ++m_unreadable;
            continue;
        }
        const PeriodSpan &period = periodOf(*kind, row.kind, row.period);
        if (!period.ok) {
            ++m_unreadable;
            continue;
        }
        if (last < 0 || m_groups[last].pollutant != row.pollutant
            || m_groups[last].outletId != row.outletId) {
            QHash<QString, qsizetype> &byPollutant = m_groupIndex[row.outletId];
            const auto found = byPollutant.constFind(row.pollutant);
            if (found != byPollutant.constEnd()) {
                last = *found;
            } else {
                last = m_groups.size();
                byPollutant.insert(row.pollutant, last);
                m_groups.append(Group {row.outletId, row.pollutant, {}});
            }
        }
        ReportedRow indexed;
        indexed.row = &row;
        indexed.span = period.span;
        indexed.days = period.days;
        indexed.valid = (row.validity.isEmpty() || row.validity == u"valid") && row.noData.isEmpty()
            && row.value.has_value();
        indexed.noDischarge = row.validity == u"shutdown" || row.noData == u"C";
        m_groups[last].rows[*kind].append(indexed);
        if (!m_window) {
            m_window = period.days;
        } else {
            m_window->first = std::min(m_window->first, period.days.first);
            m_window->last = std::max(m_window->last, period.days.last);
        }
    }
    for (Group &g : m_groups) {
        for (QList<ReportedRow> &rows : g.rows) {
            if (!std::is_sorted(rows.cbegin(), rows.cend(), inOrder))
                std::sort(rows.begin(), rows.end(), inOrder);
        }
    }
}

QList<ReportedIndex::Series> ReportedIndex::series() const
{
    QList<Series> result;
    result.reserve(m_groups.size());
    for (const Group &g : m_groups)
        result.append({g.outletId, g.pollutant});
    std::sort(result.begin(), result.end(), [](const Series &a, const Series &b) {
        return a.outletId != b.outletId ? a.outletId < b.outletId : a.pollutant < b.pollutant;
    });
    return result;
}

const ReportedIndex::Group *ReportedIndex::group(
    const QString &outletId, const QString &pollutant) const
{
    const auto outlet = m_groupIndex.constFind(outletId);
    if (outlet == m_groupIndex.constEnd())
        return nullptr;
    const auto found = outlet->constFind(pollutant);
    return found == outlet->constEnd() ? nullptr : &m_groups[*found];
}

std::span<const ReportedRow> ReportedIndex::rows(
    const QString &outletId, const QString &pollutant, Kind kind) const
{
    const Group *g = group(outletId, pollutant);
    if (!g)
        return {};
    return {g->rows[kind].constData(), static_cast<std::size_t>(g->rows[kind].size())};
}

std::span<const ReportedRow> ReportedIndex::rows(
    const QString &outletId, const QString &pollutant, const QString &kind) const
{
    const auto k = kindOf(kind);
    return k ? rows(outletId, pollutant, *k) : std::span<const ReportedRow>();
}

QList<ReportedIndex::DayRows> ReportedIndex::byDay(
    const QString &outletId, const QString &pollutant) const
{
    QList<DayRows> result;
    const Group *g = group(outletId, pollutant);
    if (!g)
        return result;
    // Each kind's rows are in time order, so their CST days are too: a merge.
    const std::span<const ReportedRow> lists[3] = {
        {g->rows[CemsHour].constData(), static_cast<std::size_t>(g->rows[CemsHour].size())},
        {g->rows[CemsDay].constData(), static_cast<std::size_t>(g->rows[CemsDay].size())},
        {g->rows[Sample].constData(), static_cast<std::size_t>(g->rows[Sample].size())}};
    std::size_t at[3] = {0, 0, 0};
    while (true) {
        QDate day;
        for (int k = 0; k < 3; ++k) {
            if (at[k] < lists[k].size() && (!day.isValid() || lists[k][at[k]].days.first < day))
                day = lists[k][at[k]].days.first;
        }
        if (!day.isValid())
            break;
        std::span<const ReportedRow> slices[3];
        for (int k = 0; k < 3; ++k) {
            const std::size_t begin = at[k];
            while (at[k] < lists[k].size() && lists[k][at[k]].days.first == day)
                ++at[k];
            slices[k] = lists[k].subspan(begin, at[k] - begin);
        }
        result.append({day, slices[0], slices[1], slices[2]});
    }
    return result;
}

} // namespace outfall::rules

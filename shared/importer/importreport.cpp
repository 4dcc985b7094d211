#include "importer/importreport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace outfall::importer {

ImportReport::ImportReport(QString kind, QString fileName)
    : m_kind(std::move(kind))
    , m_fileName(std::move(fileName))
{ }

ImportReport::Counts &ImportReport::table(const QString &name)
{
    for (auto &[table, counts] : m_tables) {
        if (table == name)
            return counts;
    }
    m_tables.append({name, Counts()});
    return m_tables.last().second;
}

ImportReport::Counts ImportReport::counts(const QString &name) const
{
    for (const auto &[table, counts] : m_tables) {
        if (table == name)
            return counts;
    }
    return {};
}

ImportReport::Counts ImportReport::totals() const
{
    Counts sum;
    for (const auto &[table, counts] : m_tables) {
        sum.inserted += counts.inserted;
        sum.updated += counts.updated;
        sum.unchanged += counts.unchanged;
        sum.deleted += counts.deleted;
    }
    return sum;
}

void ImportReport::addIssue(qint64 line, const QString &path, const QString &message)
{
    if (full()) {
        ++m_droppedIssues;
        return;
    }
    m_issues.append({m_fileName, line, path, message});
}

QString ImportReport::summary() const
{
    if (!ok()) {
        return u"%1: %2 error(s), nothing imported"_s.arg(m_fileName).arg(issueCount());
    }
    QStringList parts;
    for (const auto &[table, counts] : m_tables) {
        QStringList numbers;
        const auto add = [&numbers](qint64 n, const QString &what) {
            if (n > 0)
                numbers << u"%1 %2"_s.arg(n).arg(what);
        };
        add(counts.inserted, u"inserted"_s);
        add(counts.updated, u"updated"_s);
        add(counts.unchanged, u"unchanged"_s);
        add(counts.deleted, u"deleted"_s);
        if (!numbers.isEmpty())
            parts << table + u' ' + numbers.join(u", "_s);
    }
    if (parts.isEmpty())
        return m_fileName + u": no records"_s;
    const Counts sum = totals();
    const QString verdict =
        sum.inserted + sum.updated + sum.deleted == 0 ? u" (nothing changed)"_s : QString();
    return m_fileName + u": "_s + parts.join(u"; "_s) + verdict;
}

} // namespace outfall::importer

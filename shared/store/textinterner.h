#pragma once

#include "store/statement.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace outfall::store {

// Decodes a text column once a distinct value. A permit's reported rows repeat their outlet,
// pollutant, kind, unit, qualifier and validity over thousands of rows; with one interner a
// column, each of those QStrings shares one buffer (implicit sharing) instead of allocating
// and decoding its own. Rows ordered by the column hit the last value first. Gives what
// Statement::text gives: a null QString for NULL.
class TextInterner
{
public:
    QString text(const Statement &row, int column)
    {
        const QByteArrayView utf8 = row.utf8(column);
        if (!utf8.data())
            return {};
        if (m_last < m_entries.size() && m_entries[m_last].utf8 == utf8)
            return m_entries[m_last].text;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].utf8 == utf8) {
                m_last = i;
                return m_entries[i].text;
            }
        }
        QString text = QString::fromUtf8(utf8);
        // Bounded: a column with many distinct values (ids, periods) is not worth it.
        if (m_entries.size() < kMaxEntries) {
            m_last = m_entries.size();
            m_entries.push_back({utf8.toByteArray(), text});
        }
        return text;
    }

private:
    static constexpr std::size_t kMaxEntries = 64;
    struct Entry
    {
        QByteArray utf8;
        QString text;
    };
    std::vector<Entry> m_entries;
    std::size_t m_last = 0;
};

} // namespace outfall::store

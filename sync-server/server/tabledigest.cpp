#include "server/tabledigest.h"

#include <array>
#include <cstring>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

void appendTagged(QByteArray &row, char tag, const void *bytes, std::size_t size)
{
    row.append(tag);
    const std::uint64_t length = size;
    row.append(reinterpret_cast<const char *>(&length), sizeof length);
    row.append(static_cast<const char *>(bytes), qsizetype(size));
}

} // namespace

namespace {

// Adds one row's hash to the sum.
class RowSum
{
public:
    void add(const store::Statement &rows, int first, const TableShape &table)
    {
        m_row.clear();
        for (int c = 0; c < table.columns.size(); ++c) {
            const int at = first + c;
            if (rows.isNull(at)) {
                m_row.append('\0');
                continue;
            }
            switch (table.kinds[c]) {
            case ColumnKind::Integer: {
                const std::int64_t value = rows.int64(at);
                appendTagged(m_row, 'i', &value, sizeof value);
                break;
            }
            case ColumnKind::Real: {
                const double value = rows.real(at);
                appendTagged(m_row, 'r', &value, sizeof value);
                break;
            }
            case ColumnKind::Text: {
                const QByteArrayView text = rows.utf8(at);
                appendTagged(m_row, 't', text.data(), std::size_t(text.size()));
                break;
            }
            case ColumnKind::Blob: {
                const QByteArray bytes = rows.blob(at);
                appendTagged(m_row, 'b', bytes.constData(), std::size_t(bytes.size()));
                break;
            }
            }
        }
        std::array<unsigned char, 32> hash {};
        crypto_generichash(hash.data(), hash.size(),
            reinterpret_cast<const unsigned char *>(m_row.constData()),
            static_cast<unsigned long long>(m_row.size()), nullptr, 0);
        for (std::size_t lane = 0; lane < m_sum.size(); ++lane) {
            std::uint64_t part = 0;
            std::memcpy(&part, hash.data() + lane * 8, 8);
            m_sum[lane] += part; // modulo 2^64: a multiset sum, the order of rows does not count
        }
        ++m_rows;
    }

    std::int64_t rows() const { return m_rows; }
    QByteArray digest() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_sum.data()), 32);
    }

private:
    QByteArray m_row;
    std::array<std::uint64_t, 4> m_sum {};
    std::int64_t m_rows = 0;
};

// PostgreSQL's client holds a statement's whole result in memory; a table of millions of rows
// is read a range of its pages at a time instead (a TID range scan, PostgreSQL 14 and later:
// no sort, each row once), so memory stays bounded whatever the table's size.
} // namespace

QString TableShape::quotedColumns() const
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << u'"' + column + u'"';
    return quoted.join(u", "_s);
}

TableDigest TableDigest::of(store::Database &db, const TableShape &table, std::int64_t pagesPerRead)
{
    const QString columns = table.quotedColumns();
    RowSum sum;
    if (!db.engine()) {
        auto rows = db.prepare(u"SELECT %1 FROM \"%2\""_s.arg(columns, table.name));
        while (rows.step())
            sum.add(rows, 0, table);
    } else {
        auto size = db.prepare(u"SELECT pg_relation_size(CAST(?1 AS regclass))"
                               u" / current_setting('block_size')::bigint"_s);
        size.bind(1, u'"' + table.name + u'"');
        const std::int64_t pages = size.step() ? size.int64(0) : 0;
        auto range = db.prepare(u"SELECT %1 FROM \"%2\" WHERE ctid >= CAST(?1 AS tid)"
                                u" AND ctid < CAST(?2 AS tid)"_s.arg(columns, table.name));
        for (std::int64_t first = 0; first < pages; first += pagesPerRead) {
            range.reset();
            range.bind(1, u"(%1,0)"_s.arg(first));
            range.bind(2, u"(%1,0)"_s.arg(first + pagesPerRead));
            while (range.step())
                sum.add(range, 0, table);
        }
    }
    return TableDigest {table.name, sum.rows(), sum.digest()};
}

} // namespace outfall::server

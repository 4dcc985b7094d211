#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace outfall::routes {

// A draw's pool of enterprises, as `outfallctl route draw --pool` writes it
// (docs/routes.md "Filter syntax"):
//   all
//   region=福田区|南山区,industry=4411|2221,class=key|simplified,not-inspected-days=180
// Keys are comma-separated KEY=VALUE pairs, each key at most once; a key's alternatives are
// separated by '|'. Every key narrows the pool (AND); alternatives widen it (OR).
struct PoolFilter
{
    QStringList regions; // enterprise.region
    QStringList industries; // enterprise.industry_code, 4 digits
    QStringList classes; // permit.management: key, simplified, registration
    std::optional<int> notInspectedDays; // no submitted inspection in the last N days

    // Throws PoolFilterError naming the bad key or value.
    static PoolFilter parse(const QString &text);
    // The canonical text (keys in the order above, alternatives as given): kept in the record.
    QString toText() const;
};

class PoolFilterError : public std::runtime_error
{
public:
    explicit PoolFilterError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace outfall::routes

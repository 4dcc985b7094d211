#pragma once

#include "routes/drawpool.h"
#include "routes/drawrules.h"

#include <QStringList>

#include <cstdint>
#include <stdexcept>

namespace outfall::routes {

// One team of the result: its inspectors (in draw order) and its enterprises (in draw order).
struct DrawTeam
{
    QStringList inspectorIds;
    QStringList enterpriseIds;
};

struct DrawResult
{
    QList<DrawTeam> teams;
    // Enterprises drawn that conflict with a member of every team: recorded, passed over, and
    // the next one drawn in their place.
    QStringList passedOver;

    bool operator==(const DrawResult &other) const;
};

class DrawError : public std::runtime_error
{
public:
    DrawError(const QString &argument, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_argument(argument)
        , m_message(message)
    { }
    const QString &argument() const { return m_argument; } // the rule at fault: enterprises…
    const QString &message() const { return m_message; }

private:
    QString m_argument;
    QString m_message;
};

// The "double random" draw (docs/routes.md "Draw"): a pure function of pool, rules and seed.
//   1. SeededRandom(seed).
//   2. M inspectors by partial Fisher–Yates over pool.inspectors (sorted by id): for i < M,
//      swap i with i + below(n − i).
//   3. Teams of teamSize in that order (M / teamSize teams; the rest join the teams from the
//      first on).
//   4. Enterprises one at a time by WeightedSampler (weight 1000 each when uniform): each goes
//      to a team none of whose members has a conflict with it, among those with the fewest
//      enterprises so far, the team picked by below(count); with no such team it is passed
//      over. Until N are placed.
// Throws DrawError when the rules cannot be met (too few candidates).
DrawResult drawRoute(const DrawPool &pool, const DrawRules &rules, std::uint64_t seed);

} // namespace outfall::routes

#pragma once

#include <QString>

namespace outfall::routes {

// What a draw was asked for; kept in the record with its seed.
struct DrawRules
{
    enum class Weighting { Uniform, Risk };

    QString pool; // the pool filter's canonical text (PoolFilter::toText)
    int enterprises = 0; // N enterprises to draw
    int inspectors = 0; // M inspectors to draw
    int teamSize = 2; // inspectors a team (at least two inspect each enterprise)
    Weighting weighting = Weighting::Uniform;

    static QString weightingName(Weighting weighting)
    {
        return weighting == Weighting::Risk ? QStringLiteral("risk") : QStringLiteral("uniform");
    }
};

} // namespace outfall::routes

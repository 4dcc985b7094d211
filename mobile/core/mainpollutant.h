#pragma once

#include "core/permitdetails.h"

#include <QList>
#include <QString>

#include <optional>

namespace outfall::mobile {

struct OutletPollutant
{
    QString outletId;
    QString pollutant;
};

// What the permit page's chart opens on: the pollutant an inspector looks at first. That is
// the automatically, continuously monitored one (CEMS: a value every day) of a main outlet,
// which has a concentration limit; without one, the first pollutant with a concentration
// limit on any outlet; nullopt when no outlet has a limit.
std::optional<OutletPollutant> mainPollutant(const QList<OutletDetail> &outlets);

} // namespace outfall::mobile

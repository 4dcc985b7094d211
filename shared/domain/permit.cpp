#include "domain/permit.h"

namespace outfall::domain {

const EmissionLimit *Outlet::limitFor(const QString &pollutant) const
{
    for (const EmissionLimit &limit : limits) {
        if (limit.pollutant == pollutant)
            return &limit;
    }
    return nullptr;
}

} // namespace outfall::domain

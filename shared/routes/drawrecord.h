#pragma once

#include "routes/drawpool.h"
#include "routes/drawrules.h"
#include "routes/routedraw.h"

#include <QJsonObject>

#include <cstdint>

namespace outfall::routes {

// A draw as recorded (docs/routes.md "Draw record"): seed, rules, the pool as it was, and the
// result. Its content hash is SHA-256 over the canonical JSON of exactly those four (compact,
// keys sorted, the seed as decimal text), so anyone holding the record can check it.
struct DrawRecord
{
    std::uint64_t seed = 0;
    DrawRules rules;
    DrawPool pool;
    DrawResult result;

    QJsonObject contentJson() const;
    QString contentHash() const; // "sha256:<hex>"

    // Reads what contentJson() wrote. Throws std::runtime_error naming what is missing.
    static DrawRecord fromContentJson(const QJsonObject &content);
};

} // namespace outfall::routes

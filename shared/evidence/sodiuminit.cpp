#include "evidence/sodiuminit.h"

#include <sodium.h>
#include <stdexcept>

namespace outfall::evidence {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium failed to initialise");
}

} // namespace outfall::evidence

#pragma once

namespace outfall::evidence {

// sodium_init() once per process before the first libsodium call (it is thread-safe and
// idempotent, but not free). Throws std::runtime_error if libsodium cannot start.
void ensureSodium();

} // namespace outfall::evidence

#pragma once

#include <cstddef>
#include <cstdint>

// The size bounds of the protocol in one place (docs/protocol.md section 4.1), so that
// whatever builds a message builds it under the bound its peer reads with: a reply or a
// batch over a bound is not an error to report afterwards but one never to make.
namespace outfall::sync::limits {

// The largest ops body (before compression) a peer decodes: OpCodec's bound.
inline constexpr std::size_t opsBodyBytes = std::size_t(16) * 1024 * 1024;

// The largest message body the server reads (Message::Limits on the server): a PUSH frame.
inline constexpr std::size_t serverBodyBytes = std::size_t(8) * 1024 * 1024;
// The largest header a device reads (RequestChannel's Message::Limits).
inline constexpr std::size_t deviceHeaderBytes = std::size_t(64) * 1024;

// A push batch's body before compression. A frame is at most its body plus the 10-byte
// frame header (a body zstd cannot shrink is sent as it is), so a batch under this bound
// always fits serverBodyBytes, however well or badly it compresses.
inline constexpr std::size_t pushBodyBytes = serverBodyBytes - 1024;

// A PULL_REPLY: its ops body within the device's decoding bound, and its header (cursor,
// purges, snapshots, tombstones, withheld rows) with room to spare under the device's.
inline constexpr std::size_t pullBodyBytes = opsBodyBytes;
inline constexpr std::size_t pullHeaderBytes = deviceHeaderBytes - 4 * 1024;

// The largest photo (BLOB_OFFER / BLOB_CHUNK header "n"): 256 MiB.
inline constexpr std::int64_t blobBytes = std::int64_t(256) * 1024 * 1024;

// How long a client waits for a reply before it sends the request again, with the same id
// (RequestChannel's and SyncClient's default).
inline constexpr int requestTimeoutMs = 3000;
// The longest the server waits for the store's write lock (held by an import, which writes a
// whole file in one transaction) while it handles a request. Shorter than requestTimeoutMs, so
// the refusal reaches the client before it resends: a copy sent meanwhile would be carried out
// once the lock is free, after the client was told the request failed (docs/protocol.md 4.9).
inline constexpr int serverLockWaitMs = 2000;
static_assert(serverLockWaitMs < requestTimeoutMs);

} // namespace outfall::sync::limits

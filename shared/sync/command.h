#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace outfall::sync {

// The commands of protocol OUTFALL1 (docs/protocol.md section 4). On the wire a command is
// its upper-case name, so a capture reads without a table and an unknown name is plain.
enum class Command : std::uint8_t {
    Hello,
    Welcome,
    Push,
    PushAck,
    Pull,
    PullReply,
    BlobOffer,
    BlobChunk,
    BlobAck,
    Heartbeat,
    Error,
    Enroll,
    EnrollReply,
    IssueToken,
    Revoke,
    Assign,
    Unassign,
    AdminReply,
    // Discrepancy flags (issue 11): supervisor and enforcement roles only.
    Flags,
    FlagsReply,
    DecideFlag,
    // "Double random" draws and routes (issue 13, docs/routes.md): supervisors only.
    Route,
    RouteReply,
    // Review of submitted inspections (issue 13): supervisor decides, enforcement reads.
    Reviews,
    ReviewsReply,
    DecideReview,
    // The evidence log (issue 12, docs/evidence.md 5): read by outfallctl log.
    LogHead,
    LogProve,
    LogConsistency,
    LogReply,
    // Receipts a device lacks for its own records (docs/evidence.md 4): after a lost
    // PUSH_ACK or a receipt that failed its check.
    Receipts,
    ReceiptsReply,
    // Enforcement cases and their packages (issue 12, docs/cases.md): enforcement and
    // supervisor roles only.
    Case,
    CaseReply,
    // Applications before issuance (issue 13 part 7): supervisor decides, enforcement reads.
    Applications,
    ApplicationsReply,
    DecideApplication,
    // What the supervisor console reads besides (docs/protocol.md 4.2): the district's sites
    // for its map, a photo's bytes for its review queue.
    Sites,
    SitesReply,
    FetchBlob,
    BlobReply,
};

QByteArray commandName(Command command);
std::optional<Command> commandFromName(QByteArrayView name);

} // namespace outfall::sync

#include "sync/command.h"

#include <array>
#include <utility>

namespace outfall::sync {

namespace {

constexpr std::array<std::pair<Command, const char *>, 41> kNames {{
    {Command::Hello, "HELLO"},
    {Command::Welcome, "WELCOME"},
    {Command::Push, "PUSH"},
    {Command::PushAck, "PUSH_ACK"},
    {Command::Pull, "PULL"},
    {Command::PullReply, "PULL_REPLY"},
    {Command::BlobOffer, "BLOB_OFFER"},
    {Command::BlobChunk, "BLOB_CHUNK"},
    {Command::BlobAck, "BLOB_ACK"},
    {Command::Heartbeat, "HEARTBEAT"},
    {Command::Error, "ERROR"},
    {Command::Enroll, "ENROLL"},
    {Command::EnrollReply, "ENROLL_REPLY"},
    {Command::IssueToken, "ISSUE_TOKEN"},
    {Command::Revoke, "REVOKE"},
    {Command::Assign, "ASSIGN"},
    {Command::Unassign, "UNASSIGN"},
    {Command::AdminReply, "ADMIN_REPLY"},
    {Command::Flags, "FLAGS"},
    {Command::FlagsReply, "FLAGS_REPLY"},
    {Command::DecideFlag, "DECIDE_FLAG"},
    {Command::Route, "ROUTE"},
    {Command::RouteReply, "ROUTE_REPLY"},
    {Command::Reviews, "REVIEWS"},
    {Command::ReviewsReply, "REVIEWS_REPLY"},
    {Command::DecideReview, "DECIDE_REVIEW"},
    {Command::LogHead, "LOG_HEAD"},
    {Command::LogProve, "LOG_PROVE"},
    {Command::LogConsistency, "LOG_CONSISTENCY"},
    {Command::LogReply, "LOG_REPLY"},
    {Command::Receipts, "RECEIPTS"},
    {Command::ReceiptsReply, "RECEIPTS_REPLY"},
    {Command::Case, "CASE"},
    {Command::CaseReply, "CASE_REPLY"},
    {Command::Applications, "APPLICATIONS"},
    {Command::ApplicationsReply, "APPLICATIONS_REPLY"},
    {Command::DecideApplication, "DECIDE_APPLICATION"},
    {Command::Sites, "SITES"},
    {Command::SitesReply, "SITES_REPLY"},
    {Command::FetchBlob, "FETCH_BLOB"},
    {Command::BlobReply, "BLOB_REPLY"},
}};

} // namespace

QByteArray commandName(Command command)
{
    for (const auto &[value, name] : kNames) {
        if (value == command)
            return QByteArray(name);
    }
    return QByteArray("?");
}

std::optional<Command> commandFromName(QByteArrayView name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QByteArrayView(text))
            return value;
    }
    return std::nullopt;
}

} // namespace outfall::sync

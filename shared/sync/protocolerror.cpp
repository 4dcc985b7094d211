#include "sync/protocolerror.h"

#include <array>
#include <utility>

namespace outfall::sync {

namespace {

constexpr std::array<std::pair<ErrorCode, const char *>, 32> kNames {{
    {ErrorCode::BadTag, "BAD_TAG"},
    {ErrorCode::BadFrames, "BAD_FRAMES"},
    {ErrorCode::UnknownCommand, "UNKNOWN_COMMAND"},
    {ErrorCode::TooLarge, "TOO_LARGE"},
    {ErrorCode::Malformed, "MALFORMED"},
    {ErrorCode::NotEnrolled, "NOT_ENROLLED"},
    {ErrorCode::Revoked, "REVOKED"},
    {ErrorCode::BadToken, "BAD_TOKEN"},
    {ErrorCode::Forbidden, "FORBIDDEN"},
    {ErrorCode::NotFound, "NOT_FOUND"},
    {ErrorCode::SeqGap, "SEQ_GAP"},
    {ErrorCode::BlobOffset, "BLOB_OFFSET"},
    {ErrorCode::BlobCorrupt, "BLOB_CORRUPT"},
    {ErrorCode::Internal, "INTERNAL"},
    {ErrorCode::ReferenceData, "REFERENCE_DATA"},
    {ErrorCode::WrongAuthor, "WRONG_AUTHOR"},
    {ErrorCode::NotOwner, "NOT_OWNER"},
    {ErrorCode::NotAssigned, "NOT_ASSIGNED"},
    {ErrorCode::EvidenceImmutable, "EVIDENCE_IMMUTABLE"},
    {ErrorCode::ImmutableField, "IMMUTABLE_FIELD"},
    {ErrorCode::InvalidTransition, "INVALID_TRANSITION"},
    {ErrorCode::Constraint, "CONSTRAINT"},
    {ErrorCode::DuplicateRow, "DUPLICATE_ROW"},
    {ErrorCode::OutOfRange, "OUT_OF_RANGE"},
    {ErrorCode::FindingUnsupported, "FINDING_UNSUPPORTED"},
    {ErrorCode::BadRecord, "BAD_RECORD"},
    {ErrorCode::BadSignature, "BAD_SIGNATURE"},
    {ErrorCode::WrongKey, "WRONG_KEY"},
    {ErrorCode::KeyRevoked, "KEY_REVOKED"},
    {ErrorCode::EvidenceGap, "EVIDENCE_GAP"},
    {ErrorCode::EvidenceFork, "EVIDENCE_FORK"},
    {ErrorCode::EvidenceReplay, "EVIDENCE_REPLAY"},
}};

} // namespace

QByteArray errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QByteArray(name);
    }
    return QByteArray("INTERNAL");
}

std::optional<ErrorCode> errorCodeFromName(const QByteArray &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

ProtocolError::ProtocolError(ErrorCode code, const QString &text)
    : std::runtime_error(text.toStdString())
    , m_code(code)
{ }

} // namespace outfall::sync

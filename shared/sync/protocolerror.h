#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>

namespace outfall::sync {

// Reason codes of an ERROR reply and of a per-op rejection. On the wire as their
// upper-case names (docs/protocol.md section 4.6).
enum class ErrorCode {
    BadTag, // not OUTFALL1: another protocol or version
    BadFrames, // wrong number of frames
    UnknownCommand,
    TooLarge, // a frame above the protocol's bound
    Malformed, // header or body not as specified (CBOR, ops frame, decompression bound)
    NotEnrolled, // a key the server does not know, for anything but ENROLL
    Revoked,
    BadToken, // enrolment token unknown, used or expired
    Forbidden, // the role may not do this (supervisor commands)
    NotFound, // a supervisor command names a device, inspector or permit the server lacks
    SeqGap, // push range not contiguous with what the server holds for the device
    BlobOffset, // a chunk not at the offset the server holds
    BlobCorrupt, // the SHA-256 of the upload does not match: discarded
    Internal, // the server failed; the device retries later
    // Per-op rejections in PUSH_ACK:
    ReferenceData, // devices do not write reference data
    WrongAuthor, // the op's author is not the authenticated inspector
    NotOwner, // another inspector's inspection, or a record of another inspection
    NotAssigned, // a permit the inspector was not assigned when the inspection started
    EvidenceImmutable, // an update of evidence
    ImmutableField,
    InvalidTransition, // workflow state machine
    Constraint, // the row breaks the schema (missing parent, check)
    DuplicateRow,
    OutOfRange, // a value no instrument or place can have (sync::EvidenceBounds)
    // A submission whose non-compliant answers lack a note or a photo of the item (the form
    // rule, docs/decisions.md "A finding needs a note or a photo").
    FindingUnsupported,
    // A signed evidence record the server refuses (docs/evidence.md 3): a per-op rejection
    // of that record alone; the rest of the push is applied.
    BadRecord, // record bytes or fields not as specified; the text names the field
    BadSignature, // the signature does not verify under the device's registered key
    WrongKey, // signed by a key that is not the device's registered one (or another device's
              // record)
    KeyRevoked, // signed after the device's key was revoked
    EvidenceGap, // the record's seq skips ahead of the device's chain
    EvidenceFork, // a record that does not extend the chain: other previous hash, or a second
                  // record at a seq
    EvidenceReplay, // a record the log holds already
};

QByteArray errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QByteArray &name);

// A request that the server answers with ERROR (or a reply the client cannot use).
class ProtocolError : public std::runtime_error
{
public:
    ProtocolError(ErrorCode code, const QString &text);
    ErrorCode code() const noexcept { return m_code; }
    QString text() const { return QString::fromUtf8(what()); }

private:
    ErrorCode m_code;
};

} // namespace outfall::sync

#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace outfall::evidence {

// One evidence record as the device signs it: what was captured (the evidence row's
// entity, id and every field value), by which device and key, where it sits in that
// device's chain (seq and the SHA-256 of the previous record), and when. Its canonical
// bytes (docs/evidence.md section 2) are deterministic: one record, one byte string, so a
// signature over them can be checked by anyone holding the same values.
struct CanonicalRecord
{
    static constexpr std::uint8_t formatVersion = 1;
    static constexpr char magic[4] = {'O', 'F', 'E', 'R'};

    enum class Kind : std::uint8_t {
        Capture = 1, // a new evidence row
        Correction = 2, // a new row that supersedes an earlier one (which stays)
        Submission = 3, // the inspection moved to submitted
    };

    // A field value with SQLite's storage classes, tagged as on the wire.
    struct Value
    {
        enum class Type : std::uint8_t { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };
        std::uint8_t number = 0; // the entity's field number (docs/protocol.md section 1)
        Type type = Type::Null;
        std::int64_t integer = 0;
        double real = 0;
        QByteArray bytes; // UTF-8 for text, raw for blobs
        friend bool operator==(const Value &, const Value &) = default;
    };

    QByteArray deviceId; // 16 bytes (the UUID the server registered)
    QByteArray signingKey; // 32 bytes: the Ed25519 public key that signs this record
    std::uint64_t seq = 0; // from 1 per device, no gaps
    QByteArray previousSha256; // 32 bytes; all zero for seq 1
    std::int64_t signedAtMs = 0; // device clock at capture (ms since epoch)
    Kind kind = Kind::Capture;
    std::uint8_t entity = 0; // EntitySchema wire number of the evidence row
    QByteArray rowId; // 16 bytes
    QByteArray supersedesId; // 16 bytes, all zero unless kind is Correction
    std::vector<Value> values; // ascending by number, each number once

    // Throws RecordFormatError naming the field when the record cannot be encoded
    // canonically (wrong sizes, values out of order).
    QByteArray encode() const;
    // Strict: refuses anything encode() would not have produced (trailing bytes, unknown
    // version or tags, fields out of order), with RecordFormatError naming the field.
    static CanonicalRecord decode(const QByteArray &bytes);

    friend bool operator==(const CanonicalRecord &, const CanonicalRecord &) = default;
};

} // namespace outfall::evidence

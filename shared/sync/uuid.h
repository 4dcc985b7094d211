#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

namespace outfall::sync {

// A UUID as its 16 bytes. The store keeps ids as canonical text (shared/domain/uuidv7.h);
// the sync layer keeps them binary so that ops are small in memory and on the wire.
class Uuid
{
public:
    using Bytes = std::array<std::uint8_t, 16>;

    constexpr Uuid() = default; // the nil UUID
    explicit constexpr Uuid(const Bytes &bytes)
        : m_bytes(bytes)
    { }

    // Canonical lower-case 8-4-4-4-12 text only: the form the store writes. Anything
    // else is nullopt, so that text -> Uuid -> text is always the identity.
    static std::optional<Uuid> fromText(QStringView text);
    static std::optional<Uuid> fromBytes(QByteArrayView bytes); // exactly 16 bytes

    QString toText() const;
    QByteArray toByteArray() const;
    const Bytes &bytes() const { return m_bytes; }
    bool isNil() const { return m_bytes == Bytes {}; }

    friend auto operator<=>(const Uuid &, const Uuid &) = default;

private:
    Bytes m_bytes {};
};

} // namespace outfall::sync

#pragma once

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QSize>

#include <optional>

namespace outfall::mobile {

// A drawn signature as the `strokes` BLOB of a signature row (docs/formats.md, "Signature
// strokes"): the pad size, then each stroke (finger down to finger up) as its points, the
// first absolute and the rest as differences to the previous one, all as zigzag varints.
// A typical signature of a few hundred points is well under 1 KB; no image is stored.
struct SignatureStrokes
{
    using Stroke = QList<QPoint>;

    QSize padSize; // logical pixels of the pad the points refer to
    QList<Stroke> strokes;

    bool isEmpty() const { return strokes.isEmpty(); }
    int pointCount() const;

    QByteArray encode() const;
    // nullopt for anything that is not a complete, well-formed encoding (wrong version,
    // truncated, trailing bytes, absurd counts).
    static std::optional<SignatureStrokes> decode(const QByteArray &bytes);

    bool operator==(const SignatureStrokes &other) const = default;

    static constexpr char kVersion = 1;
    static constexpr int kMaxPoints = 100000; // bounds decoding of a hostile BLOB
};

} // namespace outfall::mobile

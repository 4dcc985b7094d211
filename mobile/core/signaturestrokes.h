#pragma once

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

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
    // The length of all strokes drawn, in the pad's pixels.
    double inkLength() const;
    // The smallest rectangle holding every point (empty strokes: a null rectangle).
    QRect bounds() const;

    // Enough to be a signature? A name written across the pad, not a dot, a tick or a line:
    // ink at least kMinInkWidths × the pad's width, spread over at least kMinWidthShare of its
    // width and kMinHeightShare of its height. Empty when enough; else why not, a sentence
    // in the UI language (Refusal). A pad of unknown size counts as kFallbackPad.
    QString shortfall() const;
    static constexpr double kMinInkWidths = 0.5;
    static constexpr double kMinWidthShare = 0.2;
    static constexpr double kMinHeightShare = 0.15;
    static constexpr QSize kFallbackPad {600, 220};

    QByteArray encode() const;
    // nullopt for anything that is not a complete, well-formed encoding (wrong version,
    // truncated, trailing bytes, absurd counts).
    static std::optional<SignatureStrokes> decode(const QByteArray &bytes);

    bool operator==(const SignatureStrokes &other) const = default;

    static constexpr char kVersion = 1;
    static constexpr int kMaxPoints = 100000; // bounds decoding of a hostile BLOB
};

} // namespace outfall::mobile

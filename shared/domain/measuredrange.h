#pragma once

#include "domain/unit.h"

#include <QString>

namespace outfall::domain {

// The physical range of a measured quantity: what a value can be at all, not what is
// likely. A value outside it is a typing slip or a broken instrument (1e308 mg/Nm3, an
// accuracy of 1e308 m), never evidence, so the importer of reported data and the device
// (the app and outfall-device) refuse it with the same bounds (docs/formats.md, "Physical
// ranges"). Limits stay loose on purpose: a real value is never refused.
struct MeasuredRange
{
    double min = 0;
    double max = 0;
    bool minIncluded = true;
    bool maxIncluded = true;

    bool contains(double value) const; // false for NaN and ±inf
    // "0 ≤ x < 21": the range said with `name` for x, in a refusal ("value 1e+308 is outside
    // 0 ≤ value ≤ 10000000 mg/Nm3").
    QString text(const QString &name, const QString &unit = {}) const;
    static QString number(double value); // 10000000, 0.5, 1e+308

    // A measured value in `unit`: its dimension's range converted to the unit. Bases (in the
    // dimension's base unit): gas concentration 0–10⁷ mg/m3 (10 kg/m³, denser than any gas at
    // the standard state), water concentration 0–10⁷ mg/L (10 kg/L, more than any solution
    // weighs), pH 0–14, dilution 0–10⁶, mass 0–10¹² kg, mass per year 0–10⁹ t/a, mass rate
    // 0–10⁸ kg/h, volume flow 0–10⁹ m3/h (the Amazon carries about 7 × 10⁸ m³/h).
    static MeasuredRange forUnit(const Unit &unit);
    static MeasuredRange forDimension(Unit::Dimension dimension); // in the base unit

    // Oxygen in stack gas, %: 21 is ambient air, so a stack cannot reach it.
    static MeasuredRange o2Pct() { return {0, 21, true, false}; }
    // Flow of a reported row, m3/h.
    static MeasuredRange flowM3h() { return forDimension(Unit::Dimension::VolumeFlow); }
    // Horizontal accuracy a receiver states, m: above 0 (no receiver is exact; zero would get
    // infinite weight in an average) and at most 100 km (a cell-tower position is a few km;
    // beyond 100 km a fix says nothing about where it was taken).
    static MeasuredRange accuracyM() { return {0, 100000, false, true}; }
    static MeasuredRange latitude() { return {-90, 90}; }
    static MeasuredRange longitude() { return {-180, 180}; }
};

} // namespace outfall::domain

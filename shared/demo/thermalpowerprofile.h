#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Thermal power (4411): coal units on ultra-low emission limits, or gas turbines.
class ThermalPowerProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

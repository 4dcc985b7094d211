#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Printed circuit boards (3982), GB 21900-2008 table 2.
class CircuitBoardProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Textile printing and dyeing (1713), GB 4287-2012 direct discharge.
class DyeingProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

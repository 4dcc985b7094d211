#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Municipal sewage treatment (4620), GB 18918-2002 class 1A.
class SewagePlantProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Pulp and paper (2211 pulp, 2221 machine-made paper, 2222 handmade paper), GB 3544-2008.
class PulpPaperProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

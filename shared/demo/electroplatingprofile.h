#pragma once

#include "demo/industryprofile.h"

namespace outfall::demo {

// Electroplating (3360), GB 21900-2008 table 2 and its workshop-outlet heavy metals.
class ElectroplatingProfile final : public IndustryProfile
{
public:
    void fill(DemoPermit &permit, const NamePair &trade, const District &district,
        DemoRandom &rng) const override;
};

} // namespace outfall::demo

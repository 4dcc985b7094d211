#pragma once

#include "demo/demooptions.h"
#include "demo/demopermit.h"
#include "demo/industrymix.h"

namespace outfall::demo {

class DemoRandom;

// Makes the permit of the enterprise at an index: a unique, valid credit code and permit
// number, a site in a Shenzhen district, names, legal representative, a five-year
// validity covering the reported months, then the industry's terms.
class EnterpriseFactory
{
public:
    explicit EnterpriseFactory(const DemoOptions &options);

    DemoPermit build(qint64 index, Industry industry, DemoRandom &rng) const;

    // 91 (enterprise registered with market regulation) + region + organisation body +
    // GB 32100-2015 check character. The body is a bijection of the index, so codes
    // never repeat below 31^5 (28 million) enterprises.
    QString uscc(qint64 index, const QString &region, DemoRandom &rng) const;

    static inline const QString kAuthority = QStringLiteral("深圳市生态环境局");

private:
    DemoOptions m_options;
};

} // namespace outfall::demo

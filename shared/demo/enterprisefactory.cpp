#include "demo/enterprisefactory.h"

#include "demo/demorandom.h"
#include "demo/districtgazetteer.h"
#include "demo/industryprofile.h"
#include "demo/namebank.h"
#include "domain/permitcodes.h"

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {
constexpr qint64 kBodySpace = 31LL * 31 * 31 * 31 * 31;
// 《排污许可管理条例》 第十四条: renewal is applied for 60 days before the permit expires.
constexpr int kRenewalNoticeDays = 60;
} // namespace

EnterpriseFactory::EnterpriseFactory(const DemoOptions &options)
    : m_options(options)
{ }

QString EnterpriseFactory::uscc(qint64 index, const QString &region, DemoRandom &rng) const
{
    using domain::PermitCodes::kUsccAlphabet;
    // 7919 is prime to 31, so index -> index * 7919 + offset is a bijection mod 31^5.
    const qint64 offset = static_cast<qint64>(m_options.seed % kBodySpace);
    qint64 body = (index % kBodySpace * 7919 + offset) % kBodySpace;
    QString serial;
    for (int i = 0; i < 5; ++i) {
        serial.prepend(kUsccAlphabet[body % 31]);
        body /= 31;
    }
    // Codes issued in Shenzhen since 2016 start the organisation part with MA5.
    QString first17 = u"91"_s + region + u"MA5"_s + serial
        + kUsccAlphabet[rng.bounded(static_cast<int>(kUsccAlphabet.size()))];
    return first17 + *domain::PermitCodes::usccCheckCharacter(first17);
}

DemoPermit EnterpriseFactory::build(qint64 index, Industry industry, DemoRandom &rng) const
{
    const auto &districts = DistrictGazetteer::all();
    const District &district = districts[rng.bounded(static_cast<int>(districts.size()))];

    DemoPermit permit;
    domain::Enterprise &enterprise = permit.enterprise;
    enterprise.region = district.code;
    enterprise.uscc = uscc(index, district.code, rng);
    enterprise.legalRep = NameBank::personName(rng);
    enterprise.lat = std::round((district.lat + rng.uniform(-0.04, 0.04)) * 1e6) / 1e6;
    enterprise.lon = std::round((district.lon + rng.uniform(-0.05, 0.05)) * 1e6) / 1e6;
    enterprise.address = u"深圳市%1%2街道%3%4号"_s
                             .arg(district.nameZh, rng.pick(district.subdistrictsZh),
                                 rng.pick(DistrictGazetteer::roadsZh()))
                             .arg(rng.range(1, 388));
    // HJ 608-2017: site sequence 001 for the enterprise's only site; P marks a permit.
    permit.number = enterprise.uscc + u"001P"_s;
    permit.authority = kAuthority;

    // Issued before the reported months began and valid for five years, at least 90 days
    // past asOf so that no honest permit is due for renewal in the demo.
    const QDate earliest = m_options.asOf.addYears(-5).addDays(90);
    const QDate latest = m_options.windowStart().addDays(-1);
    const qint64 span = std::max<qint64>(0, earliest.daysTo(latest));
    permit.issuedOn = earliest.addDays(rng.bounded64(span + 1));
    permit.validFrom = permit.issuedOn;
    permit.validTo = permit.issuedOn.addYears(5).addDays(-1);
    // A permit near its end has been applied for early, a week before asOf, so that the
    // import format's renewal_applied_on is in the data (no random draw: the rest of the
    // district stays as it was). Near: its 60-day renewal deadline falls within 60 days of
    // asOf.
    if (permit.validTo <= m_options.asOf.addDays(kRenewalNoticeDays * 2))
        permit.renewalAppliedOn = m_options.asOf.addDays(-7);

    IndustryProfile::forIndustry(industry).fill(permit, NameBank::tradeName(rng), district, rng);
    enterprise.industryCode = permit.industryCode;
    return permit;
}

} // namespace outfall::demo

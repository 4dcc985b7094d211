#include "importer/permitparser.h"

#include "domain/permitcodes.h"
#include "domain/pollutant.h"
#include "domain/textrules.h"
#include "domain/unit.h"
#include "importer/declarationparser.h"
#include "importer/fieldformats.h"
#include "importer/importreport.h"
#include "importer/jsonobjectreader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::importer::PermitParser {

namespace {

using domain::Pollutant;
using domain::Unit;
using Need = JsonObjectReader::Need;
namespace TextRules = domain::TextRules;
using TextRules::quoted;

QString choice(JsonObjectReader &r, const QString &key, const QStringList &allowed,
    const QString &fallback = {})
{
    const auto value =
        r.string(key, fallback.isEmpty() ? Need::Required : Need::Optional, TextRules::kWord);
    if (!value)
        return fallback;
    if (!allowed.contains(*value)) {
        r.issue(key, u"must be %1, not %2"_s.arg(FieldFormats::oneOf(allowed), quoted(*value)));
        return {};
    }
    return *value;
}

QDate date(JsonObjectReader &r, const QString &key, Need need = Need::Required)
{
    const auto value = r.string(key, need, TextRules::kWord);
    if (value && !FieldFormats::isDate(*value)) {
        r.issue(key, u"%1 is not a date YYYY-MM-DD"_s.arg(quoted(*value)));
        return {};
    }
    return value ? QDate::fromString(*value, Qt::ISODate) : QDate();
}

std::optional<double> coordinate(JsonObjectReader &r, const QString &key, Need need, double bound)
{
    const auto value = r.number(key, need);
    if (value && (*value < -bound || *value > bound)) {
        r.issue(key, u"%1 is outside -%2…%2 degrees"_s.arg(*value).arg(bound));
        return std::nullopt;
    }
    return value;
}

// Optional number that must be > 0 (or ≥ 0 when zeroAllowed).
std::optional<double> positive(JsonObjectReader &r, const QString &key, bool zeroAllowed = false)
{
    const auto value = r.number(key, Need::Optional);
    if (value && (zeroAllowed ? *value < 0 : *value <= 0)) {
        r.issue(key, u"must be %1 0, not %2"_s.arg(zeroAllowed ? u"≥"_s : u">"_s).arg(*value));
        return std::nullopt;
    }
    return value;
}

PermitDocument::Enterprise enterprise(JsonObjectReader &r)
{
    PermitDocument::Enterprise e;
    e.uscc = r.string(u"uscc"_s, Need::Required, TextRules::kCode).value_or(QString());
    if (!e.uscc.isEmpty()) {
        const QString error = domain::PermitCodes::validateUscc(e.uscc);
        if (!error.isEmpty())
            r.issue(u"uscc"_s, u"%1: %2"_s.arg(quoted(e.uscc), error));
    }
    e.name = r.string(u"name"_s, Need::Required, TextRules::kName).value_or(QString());
    e.nameEn = r.string(u"name_en"_s, Need::Optional, TextRules::kName).value_or(QString());
    e.legalRep =
        r.string(u"legal_rep"_s, Need::Optional, TextRules::kShortText).value_or(QString());
    e.address = r.string(u"address"_s, Need::Optional, TextRules::kAddress).value_or(QString());
    e.industryCode =
        r.string(u"industry_code"_s, Need::Required, TextRules::kCode).value_or(QString());
    e.region = r.string(u"region"_s, Need::Optional, TextRules::kRegion).value_or(QString());
    e.lat = coordinate(r, u"lat"_s, Need::Optional, 90);
    e.lon = coordinate(r, u"lon"_s, Need::Optional, 180);
    r.finish();
    return e;
}

bool isIndustryCode(const QString &code)
{
    return code.size() == 4
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

PermitDocument::Limit limit(JsonObjectReader &r, const QString &medium)
{
    PermitDocument::Limit l;
    l.pollutant = r.string(u"pollutant"_s, Need::Required, TextRules::kWord).value_or(QString());
    const Pollutant *pollutant = l.pollutant.isEmpty() ? nullptr : Pollutant::find(l.pollutant);
    if (!l.pollutant.isEmpty() && !pollutant)
        r.issue(u"pollutant"_s, u"unknown pollutant %1"_s.arg(quoted(l.pollutant)));
    if (pollutant && !medium.isEmpty()) {
        const QString pollutantMedium =
            pollutant->medium == Pollutant::Medium::Air ? u"air"_s : u"water"_s;
        if (pollutantMedium != medium)
            r.issue(u"pollutant"_s,
                u"%1 is a%2 %3 pollutant and this is a%4 %5 outlet"_s.arg(l.pollutant,
                    pollutantMedium == u"air" ? u"n"_s : QString(), pollutantMedium,
                    medium == u"air" ? u"n"_s : QString(), medium));
    }
    if (!r.has(u"max"_s) && !r.has(u"min"_s) && !r.has(u"annual_t"_s))
        r.issue(QString(), u"needs at least one of max, min, annual_t"_s);
    l.max = positive(r, u"max"_s);
    l.min = positive(r, u"min"_s, true);
    if (l.min && l.max && !(*l.min < *l.max))
        r.issue(u"min"_s, u"min %1 must be below max %2"_s.arg(*l.min).arg(*l.max));
    const auto unitText = r.string(u"unit"_s, Need::Required, TextRules::kWord);
    if (unitText) {
        try {
            const Unit unit = Unit::parse(*unitText);
            l.unit = unit.symbol();
            if (pollutant) {
                const Unit expected = Unit::parse(pollutant->defaultUnit);
                if (!unit.convertsTo(expected))
                    r.issue(u"unit"_s,
                        u"%1 (%2) does not convert to %3 (%4), the unit of %5"_s.arg(
                            quoted(*unitText), Unit::dimensionName(unit.dimension()),
                            expected.symbol(), Unit::dimensionName(expected.dimension()),
                            l.pollutant));
            }
        } catch (const domain::UnitError &e) {
            r.issue(u"unit"_s, e.message());
        }
    }
    l.referenceO2Pct = r.number(u"reference_o2_pct"_s, Need::Optional);
    if (l.referenceO2Pct && (*l.referenceO2Pct < 0 || *l.referenceO2Pct >= 21))
        r.issue(u"reference_o2_pct"_s, u"must be 0 ≤ x < 21, not %1"_s.arg(*l.referenceO2Pct));
    else if (l.referenceO2Pct && medium == u"water")
        r.issue(u"reference_o2_pct"_s, u"applies to air outlets only"_s);
    l.basis = choice(r, u"basis"_s,
        {u"instant"_s, u"hourly"_s, u"daily"_s, u"monthly"_s, u"daily_max"_s, u"annual"_s});
    l.annualT = positive(r, u"annual_t"_s);
    l.rateLimitKgH = positive(r, u"rate_limit_kg_h"_s);
    l.standard = r.string(u"standard"_s, Need::Optional, TextRules::kShortText).value_or(QString());
    r.finish();
    return l;
}

PermitDocument::Monitoring monitoring(JsonObjectReader &r)
{
    PermitDocument::Monitoring m;
    m.pollutant = r.string(u"pollutant"_s, Need::Required, TextRules::kWord).value_or(QString());
    if (!m.pollutant.isEmpty() && !Pollutant::find(m.pollutant))
        r.issue(u"pollutant"_s, u"unknown pollutant %1"_s.arg(quoted(m.pollutant)));
    m.mode = choice(r, u"mode"_s, {u"automatic"_s, u"manual"_s});
    m.frequency = choice(r, u"frequency"_s,
        {u"continuous"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"quarterly"_s, u"semiannual"_s,
            u"annual"_s});
    if (m.frequency == u"continuous" && m.mode == u"manual")
        r.issue(u"frequency"_s, u"`continuous` needs mode `automatic`"_s);
    m.method = r.string(u"method"_s, Need::Optional, TextRules::kShortText).value_or(QString());
    r.finish();
    return m;
}

PermitDocument::Outlet outlet(JsonObjectReader &r)
{
    PermitDocument::Outlet o;
    o.code = r.string(u"code"_s, Need::Required, TextRules::kCode).value_or(QString());
    o.name = r.string(u"name"_s, Need::Required, TextRules::kName).value_or(QString());
    o.medium = choice(r, u"medium"_s, {u"air"_s, u"water"_s});
    o.category = choice(r, u"category"_s, {u"main"_s, u"general"_s});
    if (!o.code.isEmpty()) {
        const QString error = domain::PermitCodes::validateOutletCode(o.code, o.medium);
        if (!error.isEmpty())
            r.issue(u"code"_s, u"%1: %2"_s.arg(quoted(o.code), error));
    }
    o.lat = coordinate(r, u"lat"_s, Need::Required, 90).value_or(0);
    o.lon = coordinate(r, u"lon"_s, Need::Required, 180).value_or(0);
    o.heightM = positive(r, u"height_m"_s);
    o.dischargeMethod =
        r.string(u"discharge_method"_s, Need::Optional, TextRules::kShortText).value_or(QString());
    o.destination =
        r.string(u"destination"_s, Need::Optional, TextRules::kDescription).value_or(QString());

    QSet<QString> limitKeys;
    r.forEachObject(u"limits"_s, Need::Optional, [&](JsonObjectReader &lr) {
        PermitDocument::Limit l = limit(lr, o.medium);
        const QString key = l.pollutant + u'/' + l.basis;
        if (!l.pollutant.isEmpty() && !l.basis.isEmpty() && limitKeys.contains(key))
            lr.issue(u"basis"_s,
                u"a second %1 limit on basis `%2` for this outlet"_s.arg(l.pollutant, l.basis));
        limitKeys.insert(key);
        o.limits.append(l);
    });
    QSet<QString> monitoringKeys;
    r.forEachObject(u"monitoring"_s, Need::Optional, [&](JsonObjectReader &mr) {
        PermitDocument::Monitoring m = monitoring(mr);
        const QString key = m.pollutant + u'/' + m.mode;
        if (!m.pollutant.isEmpty() && !m.mode.isEmpty() && monitoringKeys.contains(key))
            mr.issue(u"mode"_s,
                u"a second `%1` monitoring requirement for %2 at this outlet"_s.arg(
                    m.mode, m.pollutant));
        monitoringKeys.insert(key);
        o.monitoring.append(m);
    });
    r.finish();
    return o;
}

PermitDocument::Schedule schedule(JsonObjectReader &r)
{
    PermitDocument::Schedule s;
    s.kind = choice(r, u"kind"_s, {u"annual"_s, u"semiannual"_s, u"quarterly"_s, u"monthly"_s});
    const auto day = r.integer(u"due_day"_s, Need::Required);
    if (day && (*day < 1 || *day > 31))
        r.issue(u"due_day"_s, u"must be 1–31, not %1"_s.arg(*day));
    s.dueDay = static_cast<int>(day.value_or(0));
    const auto offset = r.integer(u"due_month_offset"_s, Need::Optional);
    if (offset && (*offset < 0 || *offset > 12))
        r.issue(u"due_month_offset"_s, u"must be 0–12, not %1"_s.arg(*offset));
    s.dueMonthOffset = static_cast<int>(offset.value_or(1));
    r.finish();
    return s;
}

} // namespace

std::optional<PermitDocument> parse(const QJsonObject &root, ImportReport &report, qint64 line,
    const QHash<QString, qint64> *longStrings)
{
    const qint64 issuesBefore = report.issueCount();
    PermitDocument doc;
    JsonObjectReader r(root, u"$"_s, report, line, longStrings);

    doc.number = r.string(u"number"_s, Need::Required, TextRules::kCode).value_or(QString());
    if (!doc.number.isEmpty()) {
        const QString error = domain::PermitCodes::validatePermitNumber(doc.number);
        if (!error.isEmpty())
            r.issue(u"number"_s, u"%1: %2"_s.arg(quoted(doc.number), error));
    }
    const auto revision = r.integer(u"revision"_s, Need::Required);
    if (revision && (*revision < 1 || *revision > 1'000'000))
        r.issue(u"revision"_s, u"must be an integer ≥ 1, not %1"_s.arg(*revision));
    doc.revision = static_cast<int>(revision.value_or(0));

    if (const auto object = r.object(u"enterprise"_s, Need::Required)) {
        JsonObjectReader er = r.child(u"enterprise"_s, *object);
        doc.enterprise = enterprise(er);
        if (!doc.enterprise.industryCode.isEmpty() && !isIndustryCode(doc.enterprise.industryCode))
            er.issue(u"industry_code"_s,
                u"%1 is not a 4-digit industry code"_s.arg(quoted(doc.enterprise.industryCode)));
        if (!doc.enterprise.uscc.isEmpty() && doc.number.size() >= 18
            && doc.number.left(18) != doc.enterprise.uscc)
            er.issue(u"uscc"_s,
                u"%1 is not the credit code the permit number starts with (%2)"_s.arg(
                    quoted(doc.enterprise.uscc), doc.number.left(18)));
    }

    DeclarationParser::readStatus(r, doc);
    doc.validFrom = date(r, u"valid_from"_s);
    doc.validTo = date(r, u"valid_to"_s);
    if (doc.validFrom.isValid() && doc.validTo.isValid() && !(doc.validFrom < doc.validTo))
        r.issue(u"valid_to"_s,
            u"%1 is not after valid_from %2"_s.arg(
                doc.validTo.toString(Qt::ISODate), doc.validFrom.toString(Qt::ISODate)));
    // Optional: absent when the enterprise has not applied for renewal (yet).
    doc.renewalAppliedOn = date(r, u"renewal_applied_on"_s, Need::Optional);
    if (doc.renewalAppliedOn.isValid() && doc.validTo.isValid()
        && doc.renewalAppliedOn > doc.validTo)
        r.issue(u"renewal_applied_on"_s,
            u"%1 is after valid_to %2 (an application after expiry is a new permit, not a"
            u" renewal)"_s.arg(
                doc.renewalAppliedOn.toString(Qt::ISODate), doc.validTo.toString(Qt::ISODate)));
    doc.authority = r.string(u"authority"_s, Need::Required, TextRules::kName).value_or(QString());
    doc.industryCode =
        r.string(u"industry_code"_s, Need::Required, TextRules::kCode).value_or(QString());
    if (!doc.industryCode.isEmpty() && !isIndustryCode(doc.industryCode))
        r.issue(u"industry_code"_s,
            u"%1 is not a 4-digit industry code"_s.arg(quoted(doc.industryCode)));
    doc.management =
        choice(r, u"management"_s, {u"key"_s, u"simplified"_s, u"registration"_s}, u"key"_s);
    doc.capacity =
        r.string(u"capacity"_s, Need::Optional, TextRules::kDescription).value_or(QString());
    DeclarationParser::readCapacity(r, doc);

    QSet<QString> kinds;
    r.forEachObject(u"report_schedule"_s, Need::Optional, [&](JsonObjectReader &sr) {
        PermitDocument::Schedule s = schedule(sr);
        if (!s.kind.isEmpty() && kinds.contains(s.kind))
            sr.issue(u"kind"_s, u"a second `%1` report schedule"_s.arg(s.kind));
        kinds.insert(s.kind);
        doc.schedule.append(s);
    });
    QSet<QString> codes;
    r.forEachObject(u"outlets"_s, Need::Required, [&](JsonObjectReader &orr) {
        PermitDocument::Outlet o = outlet(orr);
        if (!o.code.isEmpty() && codes.contains(o.code))
            orr.issue(u"code"_s, u"outlet %1 appears twice in this permit"_s.arg(o.code));
        codes.insert(o.code);
        doc.outlets.append(o);
    });
    DeclarationParser::readFacilities(r, doc);
    r.finish();

    if (report.issueCount() > issuesBefore)
        return std::nullopt;
    doc.canonicalJson = QJsonDocument(root).toJson(QJsonDocument::Compact);
    doc.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(doc.canonicalJson, QCryptographicHash::Sha256).toHex());
    return doc;
}

} // namespace outfall::importer::PermitParser

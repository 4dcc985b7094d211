#include "importer/declarationparser.h"

#include "domain/textrules.h"
#include "importer/fieldformats.h"
#include "importer/jsonobjectreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::importer::DeclarationParser {

namespace {

using Need = JsonObjectReader::Need;
namespace TextRules = domain::TextRules;
using TextRules::quoted;

QDate date(JsonObjectReader &r, const QString &key, Need need)
{
    const auto value = r.string(key, need, TextRules::kWord);
    if (value && !FieldFormats::isDate(*value)) {
        r.issue(key, u"%1 is not a date YYYY-MM-DD"_s.arg(quoted(*value)));
        return {};
    }
    return value ? QDate::fromString(*value, Qt::ISODate) : QDate();
}

PermitDocument::Facility facility(JsonObjectReader &r, const QSet<QString> &outletCodes)
{
    PermitDocument::Facility f;
    f.code = r.string(u"code"_s, Need::Required, TextRules::kCode).value_or(QString());
    if (!f.code.isEmpty()) {
        const QString error = validateFacilityCode(f.code);
        if (!error.isEmpty())
            r.issue(u"code"_s, u"%1: %2"_s.arg(quoted(f.code), error));
    }
    f.name = r.string(u"name"_s, Need::Required, TextRules::kName).value_or(QString());
    f.treats = r.string(u"treats"_s, Need::Required, TextRules::kDescription).value_or(QString());
    f.outletCode = r.string(u"outlet"_s, Need::Optional, TextRules::kCode).value_or(QString());
    if (!f.outletCode.isEmpty() && !outletCodes.contains(f.outletCode))
        r.issue(
            u"outlet"_s, u"%1 is not one of this document's outlets"_s.arg(quoted(f.outletCode)));
    const auto state = r.string(u"expected_state"_s, Need::Optional, TextRules::kWord);
    if (state && *state != u"running" && *state != u"standby")
        r.issue(
            u"expected_state"_s, u"must be `running` or `standby`, not %1"_s.arg(quoted(*state)));
    f.expectedRunning = !state || *state != u"standby";
    r.finish();
    return f;
}

} // namespace

QString validateFacilityCode(QStringView code)
{
    const bool shape = code.size() == 4 && code[0] == u'T' && code[1].isDigit() && code[2].isDigit()
        && code[3].isDigit() && code[1].unicode() < 128 && code[2].unicode() < 128
        && code[3].unicode() < 128;
    return shape ? QString() : u"must be T + 3 digits, like T001"_s;
}

void readStatus(JsonObjectReader &r, PermitDocument &doc)
{
    const auto status = r.string(u"status"_s, Need::Optional, TextRules::kWord);
    if (status && *status != u"issued" && *status != u"application")
        r.issue(u"status"_s, u"must be `issued` or `application`, not %1"_s.arg(quoted(*status)));
    else if (status)
        doc.status = *status;
    if (doc.isApplication()) {
        if (r.has(u"issued_on"_s))
            r.issue(u"issued_on"_s, u"an application has no issue date yet"_s);
        doc.appliedOn = date(r, u"applied_on"_s, Need::Required);
        return;
    }
    doc.issuedOn = date(r, u"issued_on"_s, Need::Required);
    doc.appliedOn = date(r, u"applied_on"_s, Need::Optional);
    if (doc.appliedOn.isValid() && doc.issuedOn.isValid() && doc.appliedOn > doc.issuedOn)
        r.issue(u"applied_on"_s,
            u"%1 is after issued_on %2"_s.arg(
                doc.appliedOn.toString(Qt::ISODate), doc.issuedOn.toString(Qt::ISODate)));
}

void readCapacity(JsonObjectReader &r, PermitDocument &doc)
{
    const auto object = r.object(u"production_capacity"_s, Need::Optional);
    if (!object)
        return;
    JsonObjectReader cr = r.child(u"production_capacity"_s, *object);
    doc.capacityValue = cr.number(u"value"_s, Need::Required);
    if (doc.capacityValue && *doc.capacityValue <= 0) {
        cr.issue(u"value"_s, u"must be > 0, not %1"_s.arg(*doc.capacityValue));
        doc.capacityValue.reset();
    }
    doc.capacityUnit = cr.string(u"unit"_s, Need::Required, TextRules::kWord).value_or(QString());
    cr.finish();
}

void readFacilities(JsonObjectReader &r, PermitDocument &doc)
{
    QSet<QString> outletCodes;
    for (const auto &o : std::as_const(doc.outlets))
        outletCodes.insert(o.code);
    QSet<QString> codes;
    r.forEachObject(u"treatment_facilities"_s, Need::Optional, [&](JsonObjectReader &fr) {
        PermitDocument::Facility f = facility(fr, outletCodes);
        if (!f.code.isEmpty() && codes.contains(f.code))
            fr.issue(u"code"_s, u"facility %1 appears twice in this document"_s.arg(f.code));
        codes.insert(f.code);
        doc.facilities.append(f);
    });
}

} // namespace outfall::importer::DeclarationParser

#include "server/publish/permitpage.h"

#include "server/publish/htmlescape.h"
#include "server/publish/outletmap.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

QString e(const QString &text)
{
    return escapeHtml(text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : escapeHtml(text);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : u"—"_s;
}

QString headerRow(std::initializer_list<Text> columns, Lang lang)
{
    QString row = u"<thead><tr>"_s;
    for (const Text column : columns)
        row += u"<th scope=\"col\">"_s + e(text(column, lang)) + u"</th>"_s;
    return row + u"</tr></thead>\n"_s;
}

QString factRow(Text label, const QString &valueHtml, Lang lang)
{
    return u"<tr><th scope=\"row\">"_s + e(text(label, lang)) + u"</th><td>"_s + valueHtml
        + u"</td></tr>\n"_s;
}

QString limitValue(const PublicLimit &limit)
{
    if (limit.minValue && limit.maxValue)
        return formatNumber(*limit.minValue) + u"–"_s + formatNumber(*limit.maxValue);
    if (limit.maxValue)
        return u"≤ "_s + formatNumber(*limit.maxValue);
    if (limit.minValue)
        return u"≥ "_s + formatNumber(*limit.minValue);
    return u"—"_s;
}

QString pollutantCell(const QString &code, Lang lang)
{
    const QString name = pollutantName(code, lang);
    return name == code ? e(code) : e(name) + u" <span class=\"codes\">"_s + e(code) + u"</span>"_s;
}

QString factsTable(const PublicPermit &permit, Lang lang, QDate asOf)
{
    QString html = u"<table class=\"facts\"><tbody>\n"_s;
    QString holder = e(permit.enterpriseName);
    if (!permit.enterpriseNameEn.isEmpty())
        holder += u"<br>"_s + e(permit.enterpriseNameEn);
    html += factRow(Text::Holder, holder, lang);
    html += factRow(Text::Uscc, u"<span class=\"codes\">"_s + e(permit.uscc) + u"</span>"_s, lang);
    html += factRow(
        Text::PermitNumber, u"<span class=\"codes\">"_s + e(permit.number) + u"</span>"_s, lang);
    html += factRow(Text::Revision, QString::number(permit.revision), lang);
    html += factRow(Text::Address, orDash(permit.address), lang);
    html += factRow(Text::Region, orDash(regionName(permit.region, lang)), lang);
    html += factRow(Text::Industry, e(industryName(permit.industryCode, lang)), lang);
    html += factRow(Text::Management, e(enumName(permit.management, lang)), lang);
    const Text status = validityStatus(permit, asOf);
    const QString badge = status == Text::Valid ? u"valid"_s
        : status == Text::Expired               ? u"expired"_s
                                                : u"pending"_s;
    html += factRow(Text::Validity,
        e(permit.validFrom) + u" — "_s + e(permit.validTo) + u" <span class=\"badge "_s + badge
            + u"\">"_s + e(text(status, lang)) + u"</span>"_s,
        lang);
    html += factRow(Text::IssuedOn, e(permit.issuedOn), lang);
    html += factRow(Text::Authority, e(permit.authority), lang);
    html += factRow(Text::Capacity, orDash(permit.capacity), lang);
    QStringList reports;
    for (const QString &kind : permit.reportKinds)
        reports.append(reportKindName(kind, lang));
    html += factRow(
        Text::ReportSchedule, orDash(reports.join(lang == Lang::Zh ? u"、"_s : u", "_s)), lang);
    return html + u"</tbody></table>\n"_s;
}

QString outletsTable(const PublicPermit &permit, Lang lang)
{
    QString html = u"<div class=\"wide\"><table>\n"_s
        + headerRow({Text::OutletCode, Text::OutletName, Text::Medium, Text::Category,
                        Text::Position, Text::Height, Text::DischargeMethod, Text::Destination},
            lang)
        + u"<tbody>\n"_s;
    for (const PublicOutlet &outlet : permit.outlets) {
        html += u"<tr><td class=\"codes\">"_s + e(outlet.code) + u"</td><td>"_s + e(outlet.name)
            + u"</td><td class=\"nw\">"_s + e(enumName(outlet.medium, lang))
            + u"</td><td class=\"nw\">"_s + e(enumName(outlet.category, lang))
            + u"</td><td class=\"num\">"_s + QString::number(outlet.lat, 'f', 6) + u", "_s
            + QString::number(outlet.lon, 'f', 6) + u"</td><td class=\"num\">"_s
            + optionalNumber(outlet.heightM) + u"</td><td>"_s
            + orDash(enumName(outlet.dischargeMethod, lang)) + u"</td><td>"_s
            + orDash(destinationName(outlet.destination, lang)) + u"</td></tr>\n"_s;
    }
    return html + u"</tbody></table></div>\n"_s;
}

QString standardsList(const PublicPermit &permit)
{
    QMap<QString, QStringList> outletsByStandard; // sorted by standard
    for (const PublicOutlet &outlet : permit.outlets) {
        for (const PublicLimit &limit : outlet.limits) {
            if (!limit.standard.isEmpty()
                && !outletsByStandard[limit.standard].contains(outlet.code))
                outletsByStandard[limit.standard].append(outlet.code);
        }
    }
    if (outletsByStandard.isEmpty())
        return u"<p>—</p>\n"_s;
    QString html = u"<ul>\n"_s;
    for (auto it = outletsByStandard.cbegin(); it != outletsByStandard.cend(); ++it) {
        html += u"<li>"_s + e(it.key()) + u" <span class=\"codes\">("_s
            + e(it.value().join(u", "_s)) + u")</span></li>\n"_s;
    }
    return html + u"</ul>\n"_s;
}

QString limitsTable(const PublicPermit &permit, Lang lang)
{
    QString html = u"<div class=\"wide\"><table>\n"_s
        + headerRow({Text::OutletCode, Text::Pollutant, Text::Limit, Text::Unit, Text::Basis,
                        Text::ReferenceO2, Text::RateLimit, Text::AnnualAmount, Text::Standard},
            lang)
        + u"<tbody>\n"_s;
    int rows = 0;
    for (const PublicOutlet &outlet : permit.outlets) {
        for (const PublicLimit &limit : outlet.limits) {
            ++rows;
            html += u"<tr><td class=\"codes\">"_s + e(outlet.code) + u"</td><td>"_s
                + pollutantCell(limit.pollutant, lang) + u"</td><td class=\"num\">"_s
                + e(limitValue(limit)) + u"</td><td>"_s + e(displayUnit(limit.unit))
                + u"</td><td>"_s + e(enumName(limit.basis, lang)) + u"</td><td class=\"num\">"_s
                + (limit.referenceO2Pct ? formatNumber(*limit.referenceO2Pct) + u" %"_s : u"—"_s)
                + u"</td><td class=\"num\">"_s + optionalNumber(limit.rateLimitKgH)
                + u"</td><td class=\"num\">"_s + optionalNumber(limit.annualT) + u"</td><td>"_s
                + orDash(limit.standard) + u"</td></tr>\n"_s;
        }
    }
    if (rows == 0)
        html += u"<tr><td colspan=\"9\">"_s + e(text(Text::NoLimits, lang)) + u"</td></tr>\n"_s;
    return html + u"</tbody></table></div>\n"_s;
}

QString monitoringTable(const PublicPermit &permit, Lang lang)
{
    QString html = u"<table>\n"_s
        + headerRow(
            {Text::OutletCode, Text::Pollutant, Text::Mode, Text::Frequency, Text::Method}, lang)
        + u"<tbody>\n"_s;
    int rows = 0;
    for (const PublicOutlet &outlet : permit.outlets) {
        for (const PublicMonitoring &monitoring : outlet.monitoring) {
            ++rows;
            html += u"<tr><td class=\"codes\">"_s + e(outlet.code) + u"</td><td>"_s
                + pollutantCell(monitoring.pollutant, lang) + u"</td><td>"_s
                + e(enumName(monitoring.mode, lang)) + u"</td><td>"_s
                + e(frequencyName(monitoring.frequency, lang)) + u"</td><td>"_s
                + orDash(monitoring.method) + u"</td></tr>\n"_s;
        }
    }
    if (rows == 0) {
        html += u"<tr><td colspan=\"5\">"_s + e(text(Text::NoMonitoring, lang)) + u"</td></tr>\n"_s;
    }
    return html + u"</tbody></table>\n"_s;
}

QString inspectionsTable(const PublicPermit &permit, Lang lang)
{
    QString html = u"<p class=\"note\">"_s + e(text(Text::InspectionsNote, lang)) + u"</p>\n"_s;
    if (permit.inspections.isEmpty())
        return html + u"<p>"_s + e(text(Text::NoInspections, lang)) + u"</p>\n"_s;
    html += u"<table>\n"_s
        + headerRow({Text::Date, Text::Phase, Text::InspectedBy, Text::Outcome}, lang)
        + u"<tbody>\n"_s;
    for (const PublicInspection &inspection : permit.inspections) {
        QString outcome;
        if (inspection.findings.isEmpty()) {
            outcome = e(text(Text::NoFindings, lang).arg(inspection.itemsChecked));
        } else {
            outcome = e(text(Text::FindingsCount, lang)
                              .arg(inspection.itemsChecked)
                              .arg(inspection.findings.size()))
                + u"<ul class=\"findings\">"_s;
            for (const auto &finding : inspection.findings) {
                outcome += u"<li><span class=\"codes\">"_s + e(finding.code) + u"</span> "_s
                    + e(lang == Lang::Zh ? finding.textZh : finding.textEn) + u"</li>"_s;
            }
            outcome += u"</ul>"_s;
        }
        html += u"<tr><td class=\"num\">"_s + inspection.date.toString(Qt::ISODate) + u"</td><td>"_s
            + e(enumName(inspection.phase, lang)) + u"</td><td>"_s
            + e(text(Text::InspectingBody, lang)) + u"</td><td>"_s + outcome + u"</td></tr>\n"_s;
    }
    return html + u"</tbody></table>\n"_s;
}

} // namespace

Text validityStatus(const PublicPermit &permit, QDate asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    if (day < permit.validFrom)
        return Text::NotYetValid;
    if (day > permit.validTo)
        return Text::Expired;
    return Text::Valid;
}

QString holderName(const PublicPermit &permit, Lang lang)
{
    if (lang == Lang::En && !permit.enterpriseNameEn.isEmpty())
        return permit.enterpriseNameEn;
    return permit.enterpriseName;
}

QString permitPagePath(const PublicPermit &permit, Lang lang)
{
    // HJ 608 numbers are letters and digits; anything else (a hand-edited store) gets a name
    // derived from it, so no number can make a path, a query or a broken link.
    static const QRegularExpression plain(u"^[A-Za-z0-9-]{1,64}$"_s);
    const QString stem = plain.match(permit.number).hasMatch() ? permit.number
                                                               : u"p-"_s
            + QString::fromLatin1(
                QCryptographicHash::hash(permit.number.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(24));
    return u"permit/"_s + pageFile(stem, lang);
}

QString displayUnit(const QString &unit)
{
    QString shown = unit;
    if (shown.endsWith(u"m3"))
        shown = shown.chopped(1) + u"³"_s;
    return shown;
}

QString permitPageBody(const PublicPermit &permit, Lang lang, QDate asOf)
{
    QString html;
    html += u"<p class=\"crumbs\"><a href=\"../"_s + pageFile(u"index"_s, lang) + u"\">"_s
        + e(text(Text::Home, lang)) + u"</a> › <span class=\"codes\">"_s + e(permit.number)
        + u"</span></p>\n"_s;
    html += u"<h1>"_s + e(holderName(permit, lang)) + u"</h1>\n"_s;
    html += u"<p class=\"subtitle\">"_s + e(text(Text::PermitNumber, lang)) + u" "_s
        + u"<span class=\"codes\">"_s + e(permit.number) + u"</span> · "_s
        + e(industryName(permit.industryCode, lang)) + u"</p>\n"_s;
    html += u"<h2 id=\"permit\">"_s + e(text(Text::PermitSection, lang)) + u"</h2>\n"_s;
    html += factsTable(permit, lang, asOf);
    html += u"<h2 id=\"outlets\">"_s + e(text(Text::OutletsSection, lang)) + u"</h2>\n"_s;
    html += outletsTable(permit, lang);
    const QString map = outletMapSvg(permit, lang);
    if (!map.isEmpty()) {
        html += u"<h2 id=\"map\">"_s + e(text(Text::MapSection, lang)) + u"</h2>\n"_s + map;
        html += u"<p class=\"note\">"_s + e(text(Text::MapNote, lang)) + u"</p>\n"_s;
    }
    html += u"<h2 id=\"standards\">"_s + e(text(Text::StandardsSection, lang)) + u"</h2>\n"_s;
    html += standardsList(permit);
    html += u"<h2 id=\"limits\">"_s + e(text(Text::LimitsSection, lang)) + u"</h2>\n"_s;
    html += limitsTable(permit, lang);
    html += u"<h2 id=\"monitoring\">"_s + e(text(Text::MonitoringSection, lang)) + u"</h2>\n"_s;
    html += monitoringTable(permit, lang);
    html += u"<h2 id=\"inspections\">"_s + e(text(Text::InspectionsSection, lang)) + u"</h2>\n"_s;
    html += inspectionsTable(permit, lang);
    return html;
}

} // namespace outfall::server::publish

#include "server/publish/siteindex.h"

#include "server/publish/htmlescape.h"
#include "server/publish/permitpage.h"

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

QString e(const QString &text)
{
    return escapeHtml(text);
}

// What a search matches in a row: both names, the number, industry and district in both
// languages, lower case (the script lower-cases the query the same way).
QString searchKey(const PublicPermit &permit)
{
    const QStringList parts = {permit.enterpriseName, permit.enterpriseNameEn, permit.number,
        permit.uscc, industryName(permit.industryCode, Lang::Zh),
        industryName(permit.industryCode, Lang::En), regionName(permit.region, Lang::Zh),
        regionName(permit.region, Lang::En)};
    return parts.join(u' ').toLower();
}

} // namespace

QString searchScript()
{
    return uR"((function(){var q=document.getElementById('q'),rows=document.querySelectorAll('#permits tbody tr'),shown=document.getElementById('shown'),none=document.getElementById('none');
function filter(){var t=q.value.trim().toLowerCase(),n=0;for(var i=0;i<rows.length;i++){var r=rows[i],m=!t||r.getAttribute('data-search').indexOf(t)>=0;r.hidden=!m;if(m)n++;}shown.textContent=String(n);none.hidden=n>0;}
if(location.hash.indexOf('#q=')===0)q.value=decodeURIComponent(location.hash.slice(3));
q.addEventListener('input',filter);filter();})();)"_s;
}

QString siteIndexBody(const PublicSite &site, Lang lang)
{
    QString html;
    html += u"<h1>"_s + e(text(Text::SiteTitle, lang)) + u"</h1>\n"_s;
    html += u"<p class=\"subtitle\">"_s + e(text(Text::SiteSubtitle, lang)) + u"</p>\n"_s;
    html += u"<div class=\"search\"><label for=\"q\">"_s + e(text(Text::Search, lang))
        + u"</label><input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\""_s
        + e(text(Text::SearchPlaceholder, lang)) + u"\"><span class=\"count\"><span id=\"shown\">"_s
        + QString::number(site.permits.size()) + u"</span> / "_s
        + e(text(Text::EnterpriseCount, lang).arg(site.permits.size())) + u"</span></div>\n"_s;
    html += u"<table id=\"permits\">\n<thead><tr>"_s;
    for (const Text column : {Text::Enterprise, Text::PermitNumber, Text::Industry, Text::Region,
             Text::Validity, Text::ValidityStatus, Text::Inspections}) {
        html += u"<th scope=\"col\">"_s + e(text(column, lang)) + u"</th>"_s;
    }
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const PublicPermit &permit : site.permits) {
        const Text status = validityStatus(permit, site.asOf);
        html += u"<tr data-search=\""_s + e(searchKey(permit)) + u"\"><td><a href=\""_s
            + permitPagePath(permit, lang) + u"\">"_s + e(holderName(permit, lang))
            + u"</a></td><td class=\"codes\">"_s + e(permit.number) + u"</td><td>"_s
            + e(industryName(permit.industryCode, lang)) + u"</td><td>"_s
            + e(regionName(permit.region, lang)) + u"</td><td class=\"num\">"_s
            + e(permit.validFrom) + u" — "_s + e(permit.validTo) + u"</td><td>"_s
            + e(text(status, lang)) + u"</td><td class=\"num\">"_s
            + QString::number(permit.inspections.size()) + u"</td></tr>\n"_s;
    }
    html += u"</tbody></table>\n"_s;
    html += u"<p id=\"none\" hidden>"_s + e(text(Text::NoMatch, lang)) + u"</p>\n"_s;
    return html;
}

} // namespace outfall::server::publish

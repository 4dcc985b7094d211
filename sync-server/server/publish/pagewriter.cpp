#include "server/publish/pagewriter.h"

#include "server/publish/htmlescape.h"
#include "server/publish/sitestyle.h"

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

QString errorProbeScript()
{
    return uR"((function(){var d=document.documentElement;function report(m){d.setAttribute('data-page-errors',(d.getAttribute('data-page-errors')||'')+m+'; ');}
window.addEventListener('error',function(e){var t=e.target;report(e.message||('failed to load '+((t&&(t.src||t.href))||'?')));},true);
document.addEventListener('securitypolicyviolation',function(e){report('blocked '+e.blockedURI);});
window.addEventListener('load',function(){d.setAttribute('data-page-ready','1');});})();)"_s;
}

QString writePage(const PageFrame &frame, const QString &body)
{
    const Lang lang = frame.lang;
    const QString htmlLang = lang == Lang::Zh ? u"zh-CN"_s : u"en"_s;
    const QString home = frame.root + pageFile(u"index"_s, lang);
    const QString draws = frame.root + pageFile(u"draws"_s, lang);
    auto current = [&](PageFrame::Section section) {
        return frame.section == section ? u" aria-current=\"page\""_s : QString();
    };
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\""_s + htmlLang + u"\">\n<head>\n"_s;
    html += u"<meta charset=\"utf-8\">\n"_s;
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    // Nothing may load: no script, style, font or image from anywhere, not even a file.
    html += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            u"style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; "
            u"form-action 'none'\">\n"_s;
    html += u"<title>"_s + escapeHtml(frame.title) + u" — "_s
        + escapeHtml(text(Text::SiteTitle, lang)) + u"</title>\n"_s;
    html += u"<script>"_s + errorProbeScript() + u"</script>\n"_s;
    html += u"<style>\n"_s + siteStyle() + u"</style>\n</head>\n<body>\n"_s;
    html += u"<header class=\"site\"><div class=\"bar\"><a class=\"title\" href=\""_s + home
        + u"\">"_s + escapeHtml(text(Text::SiteTitle, lang)) + u"</a>\n<nav>"_s;
    html += u"<a href=\""_s + home + u'"' + current(PageFrame::Section::Enterprises) + u'>'
        + escapeHtml(text(Text::Home, lang)) + u"</a>"_s;
    html += u"<a href=\""_s + draws + u'"' + current(PageFrame::Section::Draws) + u'>'
        + escapeHtml(text(Text::Draws, lang)) + u"</a>"_s;
    html += u"<a class=\"lang\" href=\""_s + frame.otherLanguageHref + u"\" hreflang=\""_s
        + text(Text::OtherLanguageName, lang) + u"\" lang=\""_s
        + text(Text::OtherLanguageName, lang) + u"\">"_s
        + escapeHtml(text(Text::OtherLanguage, lang)) + u"</a>"_s;
    html += u"</nav></div></header>\n<main>\n"_s;
    html += body;
    html += u"</main>\n<footer class=\"site\"><div>"_s + escapeHtml(text(Text::LegalBasis, lang))
        + u"<br>"_s + escapeHtml(text(Text::AsOf, lang)) + u' ' + frame.asOf.toString(Qt::ISODate)
        + (lang == Lang::Zh ? u"。"_s : u". "_s) + escapeHtml(text(Text::Footer, lang))
        + u"</div></footer>\n"_s;
    if (!frame.script.isEmpty())
        html += u"<script>"_s + frame.script + u"</script>\n"_s;
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace outfall::server::publish

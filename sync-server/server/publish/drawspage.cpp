#include "server/publish/drawspage.h"

#include "server/publish/htmlescape.h"
#include "server/publish/permitpage.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

QString e(const QString &text)
{
    return escapeHtml(text);
}

QString permitList(const QStringList &numbers, const QHash<QString, const PublicPermit *> &byNumber,
    Lang lang, const QString &tag)
{
    QString html = u'<' + tag + u'>';
    for (const QString &number : numbers) {
        const PublicPermit *permit = byNumber.value(number);
        html += u"<li>"_s;
        if (permit) {
            html += u"<a href=\""_s + permitPagePath(*permit, lang) + u"\">"_s
                + e(holderName(*permit, lang)) + u"</a> "_s;
        }
        html += u"<span class=\"codes\">"_s + e(number) + u"</span></li>"_s;
    }
    return html + u"</"_s + tag + u">\n"_s;
}

} // namespace

QString drawsPageBody(const PublicSite &site, Lang lang)
{
    QHash<QString, const PublicPermit *> byNumber;
    for (const PublicPermit &permit : site.permits)
        byNumber.insert(permit.number, &permit);

    QString html;
    html += u"<h1>"_s + e(text(Text::DrawsTitle, lang)) + u"</h1>\n"_s;
    html += u"<p class=\"subtitle\">"_s + e(text(Text::DrawsIntro, lang)) + u"</p>\n"_s;
    if (site.draws.isEmpty())
        return html + u"<p>"_s + e(text(Text::NoDraws, lang)) + u"</p>\n"_s;
    for (const PublicDraw &draw : site.draws) {
        html += u"<h2>"_s + e(text(Text::DrawId, lang)) + u" <span class=\"codes\">"_s + e(draw.id)
            + u"</span></h2>\n<table class=\"facts\"><tbody>\n"_s;
        auto row = [&](Text label, const QString &valueHtml) {
            html += u"<tr><th scope=\"row\">"_s + e(text(label, lang)) + u"</th><td>"_s + valueHtml
                + u"</td></tr>\n"_s;
        };
        row(Text::PublishedAt, e(draw.publishedAt));
        row(Text::Seed, u"<span class=\"codes\">"_s + e(draw.seed) + u"</span>"_s);
        QString rules;
        for (const auto &[key, value] : draw.rules)
            rules += u"<span class=\"codes\">"_s + e(key) + u"</span> = "_s + e(value) + u"<br>"_s;
        row(Text::Rules, rules.isEmpty() ? u"—"_s : rules);
        row(Text::PoolSize, QString::number(draw.poolSize));
        row(Text::Drawn, permitList(draw.drawnPermits, byNumber, lang, u"ol"_s));
        row(Text::Pool,
            u"<details><summary>"_s + QString::number(draw.poolPermits.size()) + u"</summary>"_s
                + permitList(draw.poolPermits, byNumber, lang, u"ul"_s) + u"</details>"_s);
        html += u"</tbody></table>\n"_s;
    }
    return html;
}

} // namespace outfall::server::publish

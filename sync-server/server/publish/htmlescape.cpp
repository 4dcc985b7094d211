#include "server/publish/htmlescape.h"

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case 0:
            break; // NUL is not allowed in HTML text
        default:
            out += c;
        }
    }
    return out;
}

QString formatNumber(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text == u"-0"_s ? u"0"_s : text;
}

} // namespace outfall::server::publish

#include "server/pgurl.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString redactedPgUrl(const QString &url)
{
    QString shown = url;
    static const QRegularExpression userinfo(u"(://[^:/@]*:)[^@]*@"_s);
    static const QRegularExpression keyword(u"(password=)[^&\\s]*"_s);
    shown.replace(userinfo, u"\\1***@"_s);
    shown.replace(keyword, u"\\1***"_s);
    return shown;
}

} // namespace outfall::server

#include "importer/importissue.h"

using namespace Qt::StringLiterals;

namespace outfall::importer {

QString ImportIssue::field() const
{
    QString name = path.mid(path.lastIndexOf(u'.') + 1);
    const qsizetype bracket = name.indexOf(u'[');
    if (bracket >= 0)
        name.truncate(bracket);
    return name == u"$" ? QString() : name;
}

QString ImportIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": "_s;
    if (!path.isEmpty())
        text += path + u": "_s;
    return text + message;
}

} // namespace outfall::importer

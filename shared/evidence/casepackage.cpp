#include "evidence/casepackage.h"

#include <QJsonDocument>

namespace outfall::evidence::casepackage {

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace outfall::evidence::casepackage

#include "rules/flagjson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QJsonArray inputsJson(const QList<FlagInput> &inputs)
{
    QJsonArray array;
    for (const FlagInput &input : inputs) {
        array.append(QJsonObject {{u"name"_s, input.name}, {u"value"_s, input.value},
            {u"unit"_s, input.unit}, {u"source"_s, input.source}});
    }
    return array;
}

QJsonObject computationJson(const Flag &flag)
{
    return QJsonObject {{u"inputs"_s, inputsJson(flag.inputs)},
        {u"steps"_s, QJsonArray::fromStringList(flag.steps)}};
}

QJsonArray evidenceJson(const QList<EvidenceLink> &evidence)
{
    QJsonArray array;
    for (const EvidenceLink &link : evidence)
        array.append(QJsonObject {{u"kind"_s, link.kind}, {u"id"_s, link.id}});
    return array;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace outfall::rules

#include "rules/flagjson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::rules {

QJsonArray inputsJson(const QList<FlagInput> &inputs)
{
    QJsonArray array;
    for (const FlagInput &input : inputs) {
        array.append(QJsonObject {{u"name"_s, input.name}, {u"name_zh"_s, input.nameZh},
            {u"value"_s, input.value}, {u"unit"_s, input.unit}, {u"source"_s, input.source}});
    }
    return array;
}

QJsonObject computationJson(const Flag &flag)
{
    QJsonArray en;
    QJsonArray zh;
    for (const FlagStep &step : flag.steps) {
        en.append(step.textEn);
        zh.append(step.textZh);
    }
    return QJsonObject {
        {u"inputs"_s, inputsJson(flag.inputs)}, {u"steps"_s, en}, {u"steps_zh"_s, zh}};
}

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

} // namespace

QList<FlagInput> inputsFromJson(const QJsonArray &array)
{
    QList<FlagInput> inputs;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        inputs.append({o.value(u"name"_s).toString(), valueText(o.value(u"value"_s)),
            o.value(u"unit"_s).toString(), o.value(u"source"_s).toString(),
            o.value(u"name_zh"_s).toString()});
    }
    return inputs;
}

QList<FlagStep> stepsFromJson(const QJsonObject &computation)
{
    const QJsonArray en = computation.value(u"steps"_s).toArray();
    const QJsonArray zh = computation.value(u"steps_zh"_s).toArray();
    QList<FlagStep> steps;
    for (qsizetype i = 0; i < en.size(); ++i) {
        // A Chinese list of another length was not written with these steps: not used.
        const QString textZh = zh.size() == en.size() ? zh.at(i).toString() : QString();
        steps.append({en.at(i).toString(), textZh});
    }
    return steps;
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

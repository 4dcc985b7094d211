#include "core/flagcomputation.h"

#include "rules/flagjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

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

FlagComputation FlagComputation::parse(const QString &comparedJson, const QString &evidenceJson)
{
    FlagComputation computation;
    const QJsonDocument compared = QJsonDocument::fromJson(comparedJson.toUtf8());
    QJsonArray inputs;
    if (compared.isArray()) {
        inputs = compared.array();
    } else if (compared.isObject()) {
        const QJsonObject object = compared.object();
        if (object.contains(u"inputs"_s) || object.contains(u"steps"_s)) {
            inputs = object.value(u"inputs"_s).toArray();
            computation.steps = rules::stepsFromJson(object);
        } else {
            for (auto it = object.begin(); it != object.end(); ++it)
                computation.inputs.append({it.key(), valueText(it.value()), {}, {}, {}});
        }
    }
    computation.inputs.append(rules::inputsFromJson(inputs));
    for (const QJsonValue &link : QJsonDocument::fromJson(evidenceJson.toUtf8()).array()) {
        if (link.isString())
            computation.evidence.append({{}, link.toString()});
        else if (link.isObject())
            computation.evidence.append({link.toObject().value(u"kind"_s).toString(),
                link.toObject().value(u"id"_s).toString()});
    }
    return computation;
}

FlagComputation FlagComputation::of(const rules::Flag &flag)
{
    return {flag.inputs, flag.steps, flag.evidence};
}

QString FlagComputation::inputsText(const QString &language) const
{
    QStringList parts;
    for (const rules::FlagInput &input : inputs) {
        // A rule may state the unit in the value already ("≤ 35 mg/Nm3"): not twice.
        const bool unitShown = input.unit.isEmpty() || input.value.endsWith(input.unit);
        parts << u"%1 %2 %3"_s
                     .arg(input.nameIn(language), input.valueIn(language),
                         unitShown ? QString() : input.unit)
                     .trimmed();
    }
    return parts.join(u" · "_s);
}

QString FlagComputation::stepsText(const QString &language) const
{
    QStringList lines;
    for (const rules::FlagStep &step : steps)
        lines << step.textIn(language);
    return lines.join(u'\n');
}

QStringList FlagComputation::evidenceIds(const QString &kind) const
{
    QStringList ids;
    for (const rules::EvidenceLink &link : evidence) {
        if (kind.isEmpty() || link.kind.isEmpty() || link.kind == kind)
            ids << link.id;
    }
    return ids;
}

} // namespace outfall::mobile

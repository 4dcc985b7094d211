#include "consoleflagmodel.h"

#include "consolesession.h"
#include "models/session/uilanguage.h"
#include "rules/flagjson.h"
#include "sync/jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

QString language()
{
    return ConsoleSession::english() ? u"en"_s : u"zh"_s;
}

} // namespace

ConsoleFlagModel::ConsoleFlagModel(ConsoleSession &session, QObject *parent)
    : ConsoleListModel(session, parent)
{ }

int ConsoleFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConsoleFlagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject flag = m_rows.at(index.row()).toObject();
    const SiteDirectory &directory = session().directory();
    const auto *permit = directory.permit(flag.value(u"permit_id"_s).toString());
    switch (role) {
    case FlagIdRole:
        return flag.value(u"id"_s).toString();
    case RuleRole:
        return flag.value(u"rule"_s).toString();
    case SeverityRole:
        return flag.value(u"severity"_s).toString();
    case StatusRole:
        return flag.value(u"status"_s).toString();
    case PermitRole:
        return permit ? permit->number : flag.value(u"permit_id"_s).toString();
    case EnterpriseRole:
        return permit ? directory.enterpriseName(permit->enterpriseId, ConsoleSession::english())
                      : QString();
    case OutletRole: {
        const auto *outlet = directory.outlet(flag.value(u"outlet_id"_s).toString());
        return outlet ? outlet->code : QString();
    }
    case MessageRole:
        return flag.value(ConsoleSession::english() ? u"message_en"_s : u"message_zh"_s).toString();
    case StepsRole: {
        QStringList steps;
        for (const rules::FlagStep &step :
            rules::stepsFromJson(flag.value(u"computation"_s).toObject()))
            steps.append(step.textIn(language()));
        return steps;
    }
    case InputsRole: {
        QVariantList inputs;
        for (const rules::FlagInput &input : rules::inputsFromJson(
                 flag.value(u"computation"_s).toObject().value(u"inputs"_s).toArray()))
            inputs.append(QVariantMap {{u"name"_s, input.nameIn(language())},
                {u"value"_s, input.valueIn(language())}, {u"unit"_s, input.unit},
                {u"source"_s, input.source}});
        return inputs;
    }
    case DecisionRole:
        return flag.value(u"decision_reason"_s).toString();
    case SiteRole:
        return siteOf(flag);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsoleFlagModel::roleNames() const
{
    return {{FlagIdRole, "flagId"}, {RuleRole, "rule"}, {SeverityRole, "severity"},
        {StatusRole, "status"}, {PermitRole, "permit"}, {EnterpriseRole, "enterprise"},
        {OutletRole, "outlet"}, {MessageRole, "message"}, {StepsRole, "steps"},
        {InputsRole, "inputs"}, {DecisionRole, "decision"}, {SiteRole, "site"}};
}

void ConsoleFlagModel::setStatusFilter(const QString &status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    Q_EMIT statusFilterChanged();
    refresh();
}

QVariantMap ConsoleFlagModel::siteOf(const QJsonObject &flag) const
{
    const SiteDirectory &directory = session().directory();
    const auto *permit = directory.permit(flag.value(u"permit_id"_s).toString());
    if (!permit)
        return {};
    std::optional<QPointF> position;
    QString label = permit->number;
    if (const auto *outlet = directory.outlet(flag.value(u"outlet_id"_s).toString())) {
        position = outlet->position;
        label = outlet->code;
    } else {
        position = directory.enterprisePosition(permit->enterpriseId);
    }
    if (!position)
        return {};
    return {{u"lat"_s, position->y()}, {u"lon"_s, position->x()},
        {u"severity"_s, flag.value(u"severity"_s).toString()},
        {u"label"_s, flag.value(u"rule"_s).toString() + u' ' + label}};
}

QVariantList ConsoleFlagModel::flaggedSites() const
{
    QVariantList sites;
    for (const QJsonValue &value : m_rows)
        if (const QVariantMap site = siteOf(value.toObject()); !site.isEmpty())
            sites.append(site);
    return sites;
}

void ConsoleFlagModel::refresh()
{
    sync::Message message;
    message.command = sync::Command::Flags;
    if (!m_statusFilter.isEmpty())
        message.header.insert(u"s"_s, m_statusFilter);
    session().request(message, [this](const sync::Message &reply) {
        const QJsonArray rows = sync::jsonArrayIn(reply, u"flags"_s);
        beginResetModel();
        m_rows = rows;
        m_more = reply.header.value(u"more"_s).toBool();
        endResetModel();
        Q_EMIT countChanged();
    });
}

void ConsoleFlagModel::acknowledge(const QString &flagId, const QString &reason)
{
    decide(flagId, u"ack"_s, reason);
}

void ConsoleFlagModel::dismiss(const QString &flagId, const QString &reason)
{
    decide(flagId, u"dismiss"_s, reason);
}

void ConsoleFlagModel::decide(const QString &flagId, const QString &decision, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setStatus(tr("Give a reason: it is kept with the decision."));
        return;
    }
    sync::Message message;
    message.command = sync::Command::DecideFlag;
    message.header.insert(u"id"_s, flagId);
    message.header.insert(u"d"_s, decision);
    message.header.insert(u"why"_s, reason.trimmed());
    session().request(
        message,
        [this, decision, flagId](const sync::Message &) {
            setStatus(decision == u"ack" ? tr("Acknowledged.") : tr("Dismissed."));
            Q_EMIT decided(flagId);
            refresh();
        },
        [this](const QString &why) { setStatus(tr("Not recorded: %1").arg(why)); });
}

} // namespace outfall::models

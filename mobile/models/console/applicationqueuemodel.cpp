#include "applicationqueuemodel.h"

#include "consolesession.h"
#include "models/session/uilanguage.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

QString kindText(const QString &kind)
{
    if (kind == u"outlet")
        return ApplicationQueueModel::tr("declared outlet");
    if (kind == u"facility")
        return ApplicationQueueModel::tr("treatment facility");
    if (kind == u"capacity")
        return ApplicationQueueModel::tr("production capacity");
    if (kind == u"zone")
        return ApplicationQueueModel::tr("prohibited zones");
    return kind;
}

// What the inspection before issuance found of one declaration, in words; empty when unchecked.
QString findingText(const QJsonObject &check)
{
    const QString kind = check.value(u"kind"_s).toString();
    const QJsonValue found = check.value(u"found"_s);
    if (kind == u"outlet")
        return found.toInt() ? ApplicationQueueModel::tr("found where declared")
                             : ApplicationQueueModel::tr("not found");
    if (kind == u"facility") {
        if (!found.toInt())
            return ApplicationQueueModel::tr("missing");
        return check.value(u"running"_s).toInt()
            ? ApplicationQueueModel::tr("present, running")
            : ApplicationQueueModel::tr("present, not running");
    }
    if (kind == u"capacity")
        return ApplicationQueueModel::tr("%1 %2 seen")
            .arg(QString::number(check.value(u"observed_value"_s).toDouble(), 'g', 12),
                check.value(u"observed_unit"_s).toString());
    if (kind == u"zone")
        return check.value(u"outside_zones"_s).toInt()
            ? ApplicationQueueModel::tr("outside every prohibited zone")
            : ApplicationQueueModel::tr("inside a prohibited zone");
    return {};
}

bool isMismatch(const QJsonObject &check)
{
    const QString kind = check.value(u"kind"_s).toString();
    if (kind == u"outlet" || kind == u"facility")
        return !check.value(u"found"_s).toInt();
    if (kind == u"zone")
        return !check.value(u"outside_zones"_s).toInt();
    return false; // capacity: the flag (R17) says whether it exceeds the declaration
}

} // namespace

ApplicationQueueModel::ApplicationQueueModel(ConsoleSession &session, QObject *parent)
    : ConsoleQueueModel(session,
        {sync::Command::Applications, u"applications"_s, u"application"_s, u"pending"_s}, parent)
{ }

QVariant ApplicationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject row = rowAt(index.row());
    switch (role) {
    case PermitIdRole:
        return row.value(u"id"_s).toString();
    case NumberRole:
        return row.value(u"number"_s).toString();
    case EnterpriseRole:
        return row.value(u"enterprise"_s).toString();
    case StateRole:
        return row.value(u"state"_s).toString();
    case StateTextRole:
        return stateText(row.value(u"state"_s).toString());
    case MismatchesRole:
        return row.value(u"mismatches"_s).toInt();
    case AppliedOnRole:
        return UiLanguage::keepTokensWhole(
            UiLanguage::isoDate(row.value(u"applied_on"_s).toString()));
    default:
        return {};
    }
}

QHash<int, QByteArray> ApplicationQueueModel::roleNames() const
{
    return {{PermitIdRole, "permitId"}, {NumberRole, "number"}, {EnterpriseRole, "enterprise"},
        {StateRole, "state"}, {StateTextRole, "stateText"}, {MismatchesRole, "mismatches"},
        {AppliedOnRole, "appliedOn"}};
}

QString ApplicationQueueModel::stateText(const QString &state)
{
    if (state == u"pending")
        return tr("waiting for a decision");
    if (state == u"returned")
        return tr("returned for correction");
    if (state == u"approved")
        return tr("approved");
    if (state == u"refused")
        return tr("refused");
    if (state == u"issued")
        return tr("permit issued");
    return state;
}

QVariantMap ApplicationQueueModel::selected() const
{
    const QJsonObject &entry = selectedEntry();
    if (entry.isEmpty())
        return {};
    const bool english = ConsoleSession::english();
    const QString state = entry.value(u"state"_s).toString();
    QVariantMap view {{u"id"_s, selectedId()}, {u"number"_s, entry.value(u"number"_s).toString()},
        {u"enterprise"_s, entry.value(u"enterprise"_s).toString()},
        {u"appliedOn"_s,
            UiLanguage::keepTokensWhole(
                UiLanguage::isoDate(entry.value(u"applied_on"_s).toString()))},
        {u"state"_s, state}, {u"stateText"_s, stateText(state)},
        {u"decidable"_s, state == u"pending" || state == u"returned"}};
    if (entry.contains(u"capacity_value"_s))
        view.insert(u"capacity"_s,
            QString::number(entry.value(u"capacity_value"_s).toDouble(), 'g', 12) + u' '
                + entry.value(u"capacity_unit"_s).toString());

    // Every declaration with what was found of it: outlets and facilities as declared, then
    // the capacity and zone checks.
    QHash<QString, QJsonObject> checkOf; // kind + subject code
    QList<QJsonObject> otherChecks;
    for (const QJsonValue &value : entry.value(u"checks"_s).toArray()) {
        const QJsonObject check = value.toObject();
        const QString kind = check.value(u"kind"_s).toString();
        if (kind == u"outlet" || kind == u"facility")
            checkOf.insert(kind + u':' + check.value(u"subject"_s).toString(), check);
        else
            otherChecks.append(check);
    }
    QVariantList declarations;
    const auto declare = [&](const QString &kind, const QString &subject, const QString &declared) {
        const auto check = checkOf.constFind(kind + u':' + subject);
        const bool checked = check != checkOf.cend();
        declarations.append(QVariantMap {{u"what"_s, kindText(kind)}, {u"subject"_s, subject},
            {u"declared"_s, declared},
            {u"found"_s, checked ? findingText(*check) : tr("not checked yet")},
            {u"mismatch"_s, checked && isMismatch(*check)}});
    };
    for (const QJsonValue &value : entry.value(u"outlets"_s).toArray()) {
        const QJsonObject outlet = value.toObject();
        declare(
            u"outlet"_s, outlet.value(u"code"_s).toString(), outlet.value(u"name"_s).toString());
    }
    for (const QJsonValue &value : entry.value(u"facilities"_s).toArray()) {
        const QJsonObject facility = value.toObject();
        declare(u"facility"_s, facility.value(u"code"_s).toString(),
            facility.value(u"name"_s).toString());
    }
    for (const QJsonObject &check : std::as_const(otherChecks))
        declarations.append(QVariantMap {{u"what"_s, kindText(check.value(u"kind"_s).toString())},
            {u"subject"_s, QString()}, {u"declared"_s, QString()}, {u"found"_s, findingText(check)},
            {u"mismatch"_s, isMismatch(check)}});
    view.insert(u"declarations"_s, declarations);

    QVariantList flags;
    for (const QJsonValue &value : entry.value(u"flags"_s).toArray()) {
        const QJsonObject f = value.toObject();
        flags.append(QVariantMap {{u"rule"_s, f.value(u"rule"_s).toString()},
            {u"message"_s, f.value(english ? u"message_en"_s : u"message_zh"_s).toString()}});
    }
    view.insert(u"flags"_s, flags);

    QVariantList history;
    for (const QJsonValue &value : entry.value(u"decisions"_s).toArray()) {
        const QJsonObject d = value.toObject();
        const QDateTime at =
            QDateTime::fromString(d.value(u"decided_at"_s).toString(), Qt::ISODate);
        history.append(QVariantMap {{u"decision"_s, d.value(u"decision"_s).toString()},
            {u"decisionText"_s, stateText(d.value(u"decision"_s).toString())},
            {u"reason"_s, d.value(u"reason"_s).toString()},
            {u"by"_s, d.value(u"decided_by_name"_s).toString()},
            {u"decidedAt"_s,
                at.isValid() ? UiLanguage::keepTokensWhole(UiLanguage::dateTime(at.toLocalTime()))
                             : QString()}});
    }
    view.insert(u"history"_s, history);
    return view;
}

void ApplicationQueueModel::decide(const QString &action, const QString &reason)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        setStatus(tr("Choose an application first."));
        return;
    }
    if (reason.trimmed().isEmpty()) {
        setStatus(tr("Give the reason for the decision: the applicant reads it."));
        return;
    }
    sync::Message message;
    message.command = sync::Command::DecideApplication;
    message.header.insert(u"id"_s, id);
    message.header.insert(u"a"_s, action);
    message.header.insert(u"c"_s, reason.trimmed());
    session().request(
        message,
        [this, id](const sync::Message &reply) {
            setStatus(tr("Recorded: %1.").arg(stateText(reply.header.value(u"s"_s).toString())));
            refresh();
            select(id);
        },
        [this](const QString &why) { setStatus(tr("Not recorded: %1").arg(why)); });
}

} // namespace outfall::models

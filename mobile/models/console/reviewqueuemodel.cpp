#include "reviewqueuemodel.h"

#include "consolesession.h"
#include "models/session/uilanguage.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

// An instant as the server writes it: ISO 8601 text, or milliseconds since the epoch.
QString when(const QJsonValue &instant)
{
    const QDateTime at = instant.isDouble()
        ? QDateTime::fromMSecsSinceEpoch(qint64(instant.toDouble()))
        : QDateTime::fromString(instant.toString(), Qt::ISODate);
    return at.isValid() ? UiLanguage::keepTokensWhole(UiLanguage::dateTime(at.toLocalTime()))
                        : QString();
}

// The rows of a list still in force (not superseded by a later correction).
QJsonArray inForce(const QJsonArray &rows)
{
    QJsonArray kept;
    for (const QJsonValue &row : rows) {
        const QJsonValue flag = row.toObject().value(u"in_force"_s);
        if (flag.isUndefined() || flag.toInt(1) != 0)
            kept.append(row);
    }
    return kept;
}

QString answerText(const QString &answer)
{
    if (answer == u"compliant")
        return ReviewQueueModel::tr("compliant");
    if (answer == u"non_compliant")
        return ReviewQueueModel::tr("non-compliant");
    if (answer == u"not_applicable")
        return ReviewQueueModel::tr("not applicable");
    return answer;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(ConsoleSession &session, QObject *parent)
    : ConsoleQueueModel(session,
        {sync::Command::Reviews, u"inspections"_s, u"inspection"_s, u"submitted"_s}, parent)
{ }

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject row = rowAt(index.row());
    switch (role) {
    case InspectionIdRole:
        return row.value(u"id"_s).toString();
    case PermitRole:
        return row.value(u"permit"_s).toString();
    case EnterpriseRole:
        return row.value(u"enterprise"_s).toString();
    case InspectorRole:
        return row.value(u"inspector"_s).toString();
    case StateRole:
        return row.value(u"state"_s).toString();
    case StateTextRole:
        return stateText(row.value(u"state"_s).toString());
    case SubmittedRole:
        return when(row.value(u"submitted_at"_s));
    case PhaseRole:
        return row.value(u"phase"_s).toString() == u"pre_issuance" ? tr("before issuance")
                                                                   : tr("after issuance");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return {{InspectionIdRole, "inspectionId"}, {PermitRole, "permit"},
        {EnterpriseRole, "enterprise"}, {InspectorRole, "inspector"}, {StateRole, "state"},
        {StateTextRole, "stateText"}, {SubmittedRole, "submitted"}, {PhaseRole, "phase"}};
}

QString ReviewQueueModel::stateText(const QString &state)
{
    if (state == u"submitted")
        return tr("waiting for review");
    if (state == u"returned")
        return tr("returned to the inspector");
    if (state == u"approved")
        return tr("approved");
    return state;
}

QVariantMap ReviewQueueModel::site() const
{
    const QJsonObject &entry = selectedEntry();
    QVariantMap site;
    if (const auto *permit = session().directory().permit(entry.value(u"permit_id"_s).toString()))
        if (const auto at = session().directory().enterprisePosition(permit->enterpriseId)) {
            site.insert(u"lat"_s, at->y());
            site.insert(u"lon"_s, at->x());
        }
    return site;
}

QVariantMap ReviewQueueModel::selected() const
{
    const QJsonObject &entry = selectedEntry();
    if (entry.isEmpty())
        return {};
    const bool english = ConsoleSession::english();
    QVariantMap view;
    view.insert(u"id"_s, selectedId());
    view.insert(u"permit"_s, entry.value(u"permit"_s).toString());
    view.insert(u"enterprise"_s, entry.value(u"enterprise"_s).toString());
    view.insert(u"inspector"_s, entry.value(u"inspector"_s).toString());
    view.insert(u"state"_s, entry.value(u"state"_s).toString());
    view.insert(u"stateText"_s, stateText(entry.value(u"state"_s).toString()));
    view.insert(u"submitted"_s, when(entry.value(u"submitted_at"_s)));
    view.insert(u"summary"_s, entry.value(u"summary"_s).toString());
    view.insert(u"productionLoad"_s, entry.value(u"production_load"_s).toString());
    view.insert(site()); // where it was, for the map

    // Findings first (what the reviewer must weigh), then the rest of the checklist.
    QVariantList findings;
    QVariantList answers;
    for (const QJsonValue &value : inForce(entry.value(u"answers"_s).toArray())) {
        const QJsonObject a = value.toObject();
        QVariantList &list = a.value(u"answer"_s) == u"non_compliant"_s ? findings : answers;
        list.append(QVariantMap {{u"item"_s, a.value(u"item"_s).toString()},
            {u"text"_s, a.value(english ? u"text_en"_s : u"text_zh"_s).toString()},
            {u"answer"_s, a.value(u"answer"_s).toString()},
            {u"answerText"_s, answerText(a.value(u"answer"_s).toString())},
            {u"note"_s, a.value(u"note"_s).toString()}});
    }
    view.insert(u"findings"_s, findings);
    view.insert(u"answers"_s, answers);

    QVariantList measurements;
    for (const QJsonValue &value : inForce(entry.value(u"measurements"_s).toArray())) {
        const QJsonObject m = value.toObject();
        measurements.append(QVariantMap {{u"outlet"_s, m.value(u"outlet"_s).toString()},
            {u"pollutant"_s, m.value(u"pollutant"_s).toString()},
            {u"value"_s,
                // As measured: 41, 0.35, 12.5 (no padding to a fixed number of decimals).
                QString::number(m.value(u"value"_s).toDouble(), 'g', 12) + u' '
                    + m.value(u"unit"_s).toString()},
            {u"method"_s, m.value(u"method"_s).toString()}});
    }
    view.insert(u"measurements"_s, measurements);

    QVariantList photos;
    for (const QJsonValue &value : inForce(entry.value(u"photos"_s).toArray())) {
        const QJsonObject p = value.toObject();
        const bool uploaded = p.value(u"uploaded"_s).toInt() != 0;
        photos.append(QVariantMap {{u"sha256"_s, p.value(u"sha256"_s).toString()},
            {u"caption"_s, p.value(u"caption"_s).toString()},
            {u"subject"_s, p.value(u"subject"_s).toString()}, {u"uploaded"_s, uploaded},
            {u"source"_s,
                uploaded ? u"image://console/"_s + p.value(u"sha256"_s).toString() : QString()}});
    }
    view.insert(u"photos"_s, photos);

    QVariantList signatures;
    for (const QJsonValue &value : entry.value(u"signatures"_s).toArray()) {
        const QJsonObject s = value.toObject();
        const bool representative = s.value(u"role"_s).toString() == u"representative";
        signatures.append(QVariantMap {
            {u"role"_s, representative ? tr("enterprise representative") : tr("inspector")},
            {u"name"_s, s.value(u"name"_s).toString()},
            {u"refused"_s, s.value(u"refused"_s).toInt() != 0},
            {u"signedAt"_s,
                UiLanguage::keepTokensWhole(UiLanguage::dateTime(
                    QDateTime::fromMSecsSinceEpoch(qint64(s.value(u"signed_at"_s).toDouble()))))}});
    }
    view.insert(u"signatures"_s, signatures);

    QVariantList flags;
    for (const QJsonValue &value : entry.value(u"flags"_s).toArray()) {
        const QJsonObject f = value.toObject();
        flags.append(QVariantMap {{u"rule"_s, f.value(u"rule"_s).toString()},
            {u"severity"_s, f.value(u"severity"_s).toString()},
            {u"message"_s, f.value(english ? u"message_en"_s : u"message_zh"_s).toString()}});
    }
    view.insert(u"flags"_s, flags);

    QVariantList history;
    for (const QJsonValue &value : entry.value(u"reviews"_s).toArray()) {
        const QJsonObject r = value.toObject();
        history.append(QVariantMap {{u"decision"_s, stateText(r.value(u"decision"_s).toString())},
            {u"comment"_s, r.value(u"comment"_s).toString()},
            {u"decidedAt"_s, when(r.value(u"decided_at"_s))}});
    }
    view.insert(u"history"_s, history);
    return view;
}

void ReviewQueueModel::approve(const QString &comment)
{
    decide(u"approve"_s, comment);
}

void ReviewQueueModel::returnToInspector(const QString &comment)
{
    if (comment.trimmed().isEmpty()) {
        setStatus(tr("Say what the inspector should amend before returning the inspection."));
        return;
    }
    decide(u"return"_s, comment);
}

void ReviewQueueModel::decide(const QString &action, const QString &comment)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        setStatus(tr("Choose an inspection first."));
        return;
    }
    sync::Message message;
    message.command = sync::Command::DecideReview;
    message.header.insert(u"id"_s, id);
    message.header.insert(u"a"_s, action);
    if (!comment.trimmed().isEmpty())
        message.header.insert(u"c"_s, comment.trimmed());
    session().request(
        message,
        [this, id, action](const sync::Message &) {
            setStatus(action == u"approve"
                    ? tr("Approved. The inspection is locked.")
                    : tr("Returned. The inspector's tablet gets the comment at its next sync."));
            refresh();
            select(id);
        },
        [this](const QString &reason) { setStatus(tr("Not recorded: %1").arg(reason)); });
}

} // namespace outfall::models

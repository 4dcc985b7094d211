#include "models/lists/checklistmodel.h"

#include "core/inspectionrecords.h"
#include "models/controllers/actionattempt.h"
#include "models/session/listlanguage.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

ChecklistModel::ChecklistModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    setAppSession(session);
}

void ChecklistModel::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    Q_EMIT inspectionIdChanged();
    reload();
}

void ChecklistModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_rows.clear();
    AppSession *app = appSession();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    if (detail) {
        for (const auto &item : detail->items)
            m_rows.append(Row {item});
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto &item = row.item.item;
    switch (role) {
    case CodeRole:
        return item.code;
    case Qt::DisplayRole:
    case TextRole:
        return m_language == u"zh_CN" && !item.textZh.isEmpty() ? item.textZh : item.textEn;
    case SeverityRole:
        return item.severity;
    case AnswerRole:
        return row.item.answer ? row.item.answer->answer : QString();
    case NoteRole:
        return row.item.answer ? row.item.answer->note : QString();
    case PhotoCountRole:
        return row.item.photos;
    case AnsweredRole:
        return row.item.answer.has_value();
    case NeedsNoteOrPhotoRole:
        return row.item.needsNoteOrPhoto;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return {{CodeRole, "code"}, {TextRole, "text"}, {SeverityRole, "severity"},
        {AnswerRole, "answer"}, {NoteRole, "note"}, {PhotoCountRole, "photoCount"},
        {AnsweredRole, "answered"}, {NeedsNoteOrPhotoRole, "needsNoteOrPhoto"}};
}

bool ChecklistModel::answer(const QString &itemCode, const QString &value, const QString &note)
{
    static const QHash<QString, mobile::AnswerValue> values = {
        {u"compliant"_s, mobile::AnswerValue::Compliant},
        {u"non_compliant"_s, mobile::AnswerValue::NonCompliant},
        {u"not_applicable"_s, mobile::AnswerValue::NotApplicable}};
    QString error;
    bool ok = false;
    if (!values.contains(value)) {
        error = tr("Unknown answer “%1”.").arg(value);
    } else {
        ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
            service.answer(m_inspectionId, itemCode, values.value(value), note.trimmed());
        });
    }
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
    if (!ok)
        return false;
    // Update the answered row in place (no reset: the list keeps its scroll position and its
    // delegates) from the answer now in force; an answer changes no photo of the item.
    const mobile::InspectionRecords records(appSession()->database());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        auto &row = m_rows[i].item;
        if (row.item.code != itemCode)
            continue;
        row.answer = records.currentAnswer(m_inspectionId, row.item.id);
        row.needsNoteOrPhoto =
            row.answer && mobile::InspectionRecords::needsNoteOrPhoto(*row.answer, row.photos);
        const QModelIndex changed = index(static_cast<int>(i));
        Q_EMIT dataChanged(
            changed, changed, {AnswerRole, NoteRole, AnsweredRole, NeedsNoteOrPhotoRole});
    }
    Q_EMIT recorded();
    return true;
}

} // namespace outfall::models

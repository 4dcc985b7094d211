#include "core/evidenceintegrity.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

QHash<QString, EvidenceIntegrity::State> EvidenceIntegrity::forInspection(
    store::Database &db, const QString &inspectionId)
{
    QHash<QString, State> states;
    auto statement = db.prepare(u"SELECT r.subject_id, EXISTS (SELECT 1 FROM evidence_receipt c"
                                u" WHERE c.record_id = r.id) FROM evidence_record r"
                                u" WHERE r.inspection_id = ?"_s);
    statement.bind(1, inspectionId);
    while (statement.step()) {
        const State state = statement.integer(1) != 0 ? State::Logged : State::Signed;
        // A submitted-again inspection has several records: logged wins only when it is so.
        const auto known = states.constFind(statement.text(0));
        if (known == states.cend() || *known == State::Logged)
            states.insert(statement.text(0), state);
    }
    return states;
}

EvidenceIntegrity::State EvidenceIntegrity::of(
    const QHash<QString, State> &states, const QString &rowId)
{
    return states.value(rowId, State::Unsigned);
}

QString EvidenceIntegrity::name(State state)
{
    switch (state) {
    case State::Signed:
        return u"signed"_s;
    case State::Logged:
        return u"logged"_s;
    case State::Unsigned:
        break;
    }
    return u"unsigned"_s;
}

EvidenceIntegrity::Counts EvidenceIntegrity::count(const QHash<QString, State> &states)
{
    Counts counts;
    for (const State state : states) {
        if (state == State::Logged)
            ++counts.logged;
        else if (state == State::Signed)
            ++counts.signedOnly;
    }
    return counts;
}

} // namespace outfall::mobile

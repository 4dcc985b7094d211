#pragma once

#include "consolequeuemodel.h"

#include <QVariantMap>

namespace outfall::models {

// Applications before issuance (APPLICATIONS, docs/protocol.md 4.2): each with its declared
// outlets and treatment facilities, what the inspection before issuance found of each, the
// mismatch flags (R15–R17) and earlier decisions; the supervisor approves, returns for
// correction or refuses it, with a reason (DECIDE_APPLICATION).
class ApplicationQueueModel : public ConsoleQueueModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's applications")
    // States (stateFilter): pending (the default), returned, approved, refused, issued.
    // `selected`: {number, enterprise, appliedOn, state, stateText, decidable, capacity,
    //  declarations: [{what, subject, declared, found, mismatch}], flags: [{rule, message}],
    //  history: [{decision, decisionText, reason, by, decidedAt}]}

public:
    enum Role {
        PermitIdRole = Qt::UserRole + 1,
        NumberRole,
        EnterpriseRole,
        StateRole,
        StateTextRole,
        MismatchesRole,
        AppliedOnRole,
    };

    ApplicationQueueModel(ConsoleSession &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap selected() const override;

    // action: approve, return or refuse; the reason is required for each.
    Q_INVOKABLE void decide(const QString &action, const QString &reason);

    static QString stateText(const QString &state);
};

} // namespace outfall::models

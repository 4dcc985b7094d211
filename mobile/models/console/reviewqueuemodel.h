#pragma once

#include "consolequeuemodel.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The console's review queue: inspections submitted for review (REVIEWS), the one selected
// in full (its answers, measurements, photos, signatures, flags and earlier decisions), and
// the supervisor's decision on it (DECIDE_REVIEW): approve, or return to the inspector with a
// comment that reaches the device at its next sync.
class ReviewQueueModel : public ConsoleQueueModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console session's reviews")
    // States (stateFilter): submitted (the default), returned, approved. `selected` is the
    // inspection ready to show (docs/app.md "Supervisor console").
    //
    // Where the selected inspection was ({lat, lon}, or empty): the map's ring. Cheap, unlike
    // `selected`, which builds the whole view.
    Q_PROPERTY(QVariantMap site READ site NOTIFY selectedChanged)

public:
    enum Role {
        InspectionIdRole = Qt::UserRole + 1,
        PermitRole,
        EnterpriseRole,
        InspectorRole,
        StateRole,
        StateTextRole,
        SubmittedRole,
        PhaseRole,
    };

    ReviewQueueModel(ConsoleSession &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap selected() const override;
    QVariantMap site() const;

    Q_INVOKABLE void approve(const QString &comment);
    Q_INVOKABLE void returnToInspector(const QString &comment);

    static QString stateText(const QString &state);

private:
    void decide(const QString &action, const QString &comment);
};

} // namespace outfall::models

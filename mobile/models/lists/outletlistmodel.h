#pragma once

#include "core/permitdetails.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The outlets of one permit with their limits and monitoring requirements, as lines a
// person reads in the UI language ("Sulphur dioxide SO2 ≤ 35 mg/Nm3 at 6 % O2, hourly mean";
// TermNames says the stored codes).
class OutletListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Outlets come from a PermitDetailController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        MediumRole,
        CategoryRole,
        LatitudeRole,
        LongitudeRole,
        HeightRole,
        DestinationRole,
        DischargeMethodRole,
        LimitLinesRole,
        MonitoringLinesRole,
        PollutantsRole, // codes of the pollutants with a concentration limit (the chart's)
        PollutantNamesRole, // their names in the UI language, in the same order
    };

    explicit OutletListModel(QObject *parent = nullptr);

    void setOutlets(QList<mobile::OutletDetail> outlets);
    const QList<mobile::OutletDetail> &outlets() const { return m_outlets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString limitLine(const mobile::LimitTerm &limit);
    static QString monitoringLine(const mobile::MonitoringTerm &term);
    static QStringList chartedPollutants(const mobile::OutletDetail &outlet);

Q_SIGNALS:
    void countChanged();

private:
    QList<mobile::OutletDetail> m_outlets;
};

} // namespace outfall::models

#include "models/lists/outletlistmodel.h"

#include "models/session/termnames.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

OutletListModel::OutletListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OutletListModel::setOutlets(QList<mobile::OutletDetail> outlets)
{
    beginResetModel();
    m_outlets = std::move(outlets);
    endResetModel();
    Q_EMIT countChanged();
}

int OutletListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outlets.size());
}

QString OutletListModel::limitLine(const mobile::LimitTerm &limit)
{
    const auto number = [](double v) {
        return QString::number(v, 'g', 6);
    };
    QString range;
    if (limit.min && limit.max)
        range = tr("%1–%2").arg(number(*limit.min), number(*limit.max));
    else if (limit.max)
        range = u"≤ "_s + number(*limit.max);
    else if (limit.min)
        range = u"≥ "_s + number(*limit.min);
    QString line = TermNames::pollutantWithCode(limit.pollutant);
    if (!range.isEmpty())
        line += u' ' + range + u' ' + limit.unit;
    if (limit.referenceO2Pct)
        line += tr(" at %1 % O₂").arg(number(*limit.referenceO2Pct));
    line += u", "_s + TermNames::basis(limit.basis);
    if (limit.annualT)
        line += tr("; %1 t/a permitted").arg(number(*limit.annualT));
    return line;
}

QString OutletListModel::monitoringLine(const mobile::MonitoringTerm &term)
{
    QString line = TermNames::pollutantWithCode(term.pollutant) + u": "_s
        + TermNames::mode(term.mode) + u", "_s + TermNames::frequency(term.frequency);
    if (!term.method.isEmpty())
        line += u" ("_s + term.method + u')';
    return line;
}

QStringList OutletListModel::chartedPollutants(const mobile::OutletDetail &outlet)
{
    QStringList pollutants;
    for (const auto &limit : outlet.limits) {
        if (!pollutants.contains(limit.pollutant) && (limit.max || limit.min))
            pollutants << limit.pollutant;
    }
    return pollutants;
}

QVariant OutletListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mobile::OutletDetail &o = m_outlets[index.row()];
    switch (role) {
    case IdRole:
        return o.id;
    case Qt::DisplayRole:
    case CodeRole:
        return o.code;
    case NameRole:
        return o.name;
    case MediumRole:
        return o.medium;
    case CategoryRole:
        return o.category;
    case LatitudeRole:
        return o.lat;
    case LongitudeRole:
        return o.lon;
    case HeightRole:
        return o.heightM ? QVariant(*o.heightM) : QVariant();
    case DestinationRole:
        return TermNames::destination(o.destination);
    case DischargeMethodRole:
        return TermNames::dischargeMethod(o.dischargeMethod);
    case LimitLinesRole: {
        QStringList lines;
        for (const auto &limit : o.limits)
            lines << limitLine(limit);
        return lines;
    }
    case MonitoringLinesRole: {
        QStringList lines;
        for (const auto &term : o.monitoring)
            lines << monitoringLine(term);
        return lines;
    }
    case PollutantsRole:
        return chartedPollutants(o);
    case PollutantNamesRole: {
        QStringList names;
        for (const QString &code : chartedPollutants(o))
            names << TermNames::pollutant(code);
        return names;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OutletListModel::roleNames() const
{
    return {
        {IdRole, "outletId"},
        {CodeRole, "code"},
        {NameRole, "name"},
        {MediumRole, "medium"},
        {CategoryRole, "category"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {HeightRole, "heightM"},
        {DestinationRole, "destination"},
        {DischargeMethodRole, "dischargeMethod"},
        {LimitLinesRole, "limitLines"},
        {MonitoringLinesRole, "monitoringLines"},
        {PollutantsRole, "pollutants"},
        {PollutantNamesRole, "pollutantNames"},
    };
}

} // namespace outfall::models

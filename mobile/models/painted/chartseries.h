#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace outfall::models {

// What a reported-values chart shows: values of one outlet and pollutant over time against
// the limit. Plain data so that it can be tested without drawing; SeriesChart draws it. The
// pollutant's name is said in the UI language when read, and `changed` is emitted when that
// language changes, so the title never stays in the old one.
class ChartSeries : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Series come from a PermitDetailController")
    // "DA001 · Sulphur dioxide": the outlet and the pollutant's name in the UI language.
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString outletCode READ outletCode NOTIFY changed)
    Q_PROPERTY(QString pollutantCode READ pollutantCode NOTIFY changed)
    // The catalogue's name in the UI language (二氧化硫 / Sulphur dioxide); the code when unknown.
    Q_PROPERTY(QString pollutantName READ pollutantName NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY changed)
    Q_PROPERTY(int exceedanceCount READ exceedanceCount NOTIFY changed)
    Q_PROPERTY(QString firstPeriod READ firstPeriod NOTIFY changed)
    Q_PROPERTY(QString lastPeriod READ lastPeriod NOTIFY changed)

public:
    struct Point
    {
        QString period;
        double value = 0;
        bool valid = true;
    };

    explicit ChartSeries(QObject *parent = nullptr);

    void set(QString outletCode, QString pollutantCode, QString unit, QList<Point> points,
        std::optional<double> maxLimit, std::optional<double> minLimit);
    void clear();

    QString title() const;
    QString outletCode() const { return m_outletCode; }
    QString pollutantCode() const { return m_pollutantCode; }
    QString pollutantName() const;
    QString unit() const { return m_unit; }
    const QList<Point> &points() const { return m_points; }
    std::optional<double> maxLimit() const { return m_max; }
    std::optional<double> minLimit() const { return m_min; }
    int pointCount() const { return static_cast<int>(m_points.size()); }
    // Valid values outside the limit (invalid data, such as maintenance, is excluded from
    // exceedance calls: HJ 75).
    int exceedanceCount() const;
    bool exceeds(const Point &point) const;
    QString firstPeriod() const { return m_points.isEmpty() ? QString() : m_points.first().period; }
    QString lastPeriod() const { return m_points.isEmpty() ? QString() : m_points.last().period; }

Q_SIGNALS:
    void changed();

private:
    QString m_outletCode;
    QString m_pollutantCode;
    QString m_unit;
    QList<Point> m_points;
    std::optional<double> m_max;
    std::optional<double> m_min;
};

} // namespace outfall::models

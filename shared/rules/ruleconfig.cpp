#include "rules/ruleconfig.h"

#include "domain/pollutant.h"
#include "importer/jsonstreamreader.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

// The file's keys, each with its range. A key names one setting; nothing is nested except a
// tolerance ({"absolute": …, "relative": …}) and the per-pollutant table of them.
class ConfigReader
{
public:
    ConfigReader(QString path, RuleConfig &config)
        : m_path(std::move(path))
        , m_config(config)
    { }

    void read()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            fail(QString(), u"cannot be read: %1"_s.arg(file.errorString()));
        importer::JsonStreamReader reader(&file);
        QJsonValue document;
        const auto status = reader.whole(document);
        if (status == importer::JsonStreamReader::Status::Error) {
            const auto &issue = reader.issues().first();
            fail(issue.path, u"line %1: %2"_s.arg(issue.line).arg(issue.message));
        }
        if (status == importer::JsonStreamReader::Status::End || !document.isObject())
            fail(QString(), u"is not a JSON object"_s);
        const QJsonObject object = document.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            apply(it.key(), it.value());
    }

private:
    [[noreturn]] void fail(const QString &key, const QString &message) const
    {
        const QString where = key.isEmpty() ? m_path : m_path + u": "_s + key;
        throw std::runtime_error((where + u": "_s + message).toStdString());
    }

    double number(const QString &key, const QJsonValue &value, double min, double max,
        bool minIncluded = true) const
    {
        if (!value.isDouble())
            fail(key, u"must be a number"_s);
        const double x = value.toDouble();
        if (!std::isfinite(x) || x > max || (minIncluded ? x < min : x <= min)) {
            fail(key,
                u"must be %1 %2 and at most %3, not %4"_s
                    .arg(minIncluded ? u"at least"_s : u"more than"_s)
                    .arg(min)
                    .arg(max)
                    .arg(x));
        }
        return x;
    }

    int whole(const QString &key, const QJsonValue &value, int min, int max) const
    {
        const double x = number(key, value, min, max);
        if (x != std::floor(x))
            fail(key, u"must be a whole number, not %1"_s.arg(x));
        return static_cast<int>(x);
    }

    RuleConfig::Tolerance tolerance(
        const QString &key, const QJsonValue &value, RuleConfig::Tolerance base) const
    {
        if (!value.isObject())
            fail(key, u"must be an object {\"absolute\": …, \"relative\": …}"_s);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = key + u'.' + it.key();
            if (it.key() == u"absolute")
                base.absolute = number(path, it.value(), 0, 1e7);
            else if (it.key() == u"relative")
                base.relative = number(path, it.value(), 0, 10);
            else
                fail(path, u"is not a setting (absolute or relative)"_s);
        }
        return base;
    }

    void apply(const QString &key, const QJsonValue &value)
    {
        RuleConfig &c = m_config;
        if (key == u"r2_default_tolerance") {
            c.defaultTolerance = tolerance(key, value, c.defaultTolerance);
        } else if (key == u"r2_tolerances") {
            if (!value.isObject())
                fail(key, u"must be an object of pollutant codes"_s);
            const QJsonObject table = value.toObject();
            for (auto it = table.begin(); it != table.end(); ++it) {
                const QString path = key + u'.' + it.key();
                if (!domain::Pollutant::find(it.key()))
                    fail(path, u"is not a pollutant code of the catalogue"_s);
                c.tolerances.insert(it.key(),
                    tolerance(path, it.value(), c.tolerances.value(it.key(), c.defaultTolerance)));
            }
        } else if (key == u"r2_sample_window_days") {
            c.sampleWindowDays = whole(key, value, 0, 366);
        } else if (key == u"r4_warning_pace_ratio") {
            c.annualWarningPaceRatio = number(key, value, 0, 10, false);
        } else if (key == u"r7_flatline_hours") {
            c.flatlineHours = whole(key, value, 2, 8784);
        } else if (key == u"r8_position_minimum_m") {
            c.positionMinimumM = number(key, value, 0, 100000, false);
        } else if (key == u"r8_position_accuracy_factor") {
            c.positionAccuracyFactor = number(key, value, 0, 100);
        } else if (key == u"r11_renewal_days_before_expiry") {
            c.renewalDaysBeforeExpiry = whole(key, value, 0, 3650);
        } else if (key == u"r12_evidence_distance_m") {
            c.evidenceDistanceM = number(key, value, 0, 1e6, false);
        } else if (key == u"r14_amount_tolerance_pct") {
            c.amountTolerancePct = number(key, value, 0, 1000);
        } else {
            fail(key, u"is not a setting"_s);
        }
    }

    QString m_path;
    RuleConfig &m_config;
};

} // namespace

RuleConfig RuleConfig::defaults()
{
    static const RuleConfig compiledIn = [] {
        RuleConfig config;
        ConfigReader(u":/rules/thresholds.json"_s, config).read();
        return config;
    }();
    return compiledIn;
}

RuleConfig RuleConfig::fromFile(const QString &path)
{
    RuleConfig config = defaults();
    ConfigReader(path, config).read();
    return config;
}

RuleConfig::Tolerance RuleConfig::toleranceFor(const QString &pollutant) const
{
    return tolerances.value(pollutant, defaultTolerance);
}

} // namespace outfall::rules

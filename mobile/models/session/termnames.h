#pragma once

#include <QCoreApplication>
#include <QString>

namespace outfall::models {

// The permit's enumerated values and pollutant codes said in the UI language, for every page
// that shows them: the stored words ("hourly", "automatic", "atmosphere") are the schema's
// (domain/permit.h), never shown as they are. A value the schema does not know (a river's
// name as a destination) is shown as written.
class TermNames
{
    Q_DECLARE_TR_FUNCTIONS(outfall::models::TermNames)

public:
    TermNames() = delete;

    // The catalogue's name in the UI language (二氧化硫 / Sulphur dioxide); the code when unknown.
    static QString pollutant(const QString &code);
    // "二氧化硫 SO2": the name, then the code (for a line of text where small print cannot go).
    static QString pollutantWithCode(const QString &code);
    static QString basis(
        const QString &basis); // instant, hourly, daily, monthly, daily_max, annual
    static QString mode(const QString &mode); // automatic, manual
    static QString frequency(const QString &frequency); // continuous ... annual
    static QString destination(const QString &destination); // atmosphere, else free text
    static QString dischargeMethod(const QString &method); // organised, continuous, intermittent
};

} // namespace outfall::models

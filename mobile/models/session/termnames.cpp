#include "models/session/termnames.h"

#include "domain/pollutant.h"
#include "models/session/uilanguage.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

QString TermNames::pollutant(const QString &code)
{
    const domain::Pollutant *known = domain::Pollutant::find(code);
    if (!known)
        return code;
    return UiLanguage::instance().current() == u"en" ? known->nameEn : known->nameZh;
}

QString TermNames::pollutantWithCode(const QString &code)
{
    const QString name = pollutant(code);
    return name == code ? code : name + u' ' + code;
}

QString TermNames::basis(const QString &basis)
{
    if (basis == u"instant")
        return tr("instantaneous");
    if (basis == u"hourly")
        return tr("hourly mean");
    if (basis == u"daily")
        return tr("daily mean");
    if (basis == u"monthly")
        return tr("monthly mean");
    if (basis == u"daily_max")
        return tr("daily maximum");
    if (basis == u"annual")
        return tr("annual");
    return basis;
}

QString TermNames::mode(const QString &mode)
{
    if (mode == u"automatic")
        return tr("automatic");
    if (mode == u"manual")
        return tr("manual");
    return mode;
}

QString TermNames::frequency(const QString &frequency)
{
    if (frequency == u"continuous")
        return tr("continuous");
    if (frequency == u"daily")
        return tr("daily");
    if (frequency == u"weekly")
        return tr("weekly");
    if (frequency == u"monthly")
        return tr("monthly");
    if (frequency == u"quarterly")
        return tr("quarterly");
    if (frequency == u"semiannual")
        return tr("twice a year");
    if (frequency == u"annual")
        return tr("yearly");
    return frequency;
}

QString TermNames::destination(const QString &destination)
{
    if (destination == u"atmosphere")
        return tr("the atmosphere");
    return destination;
}

QString TermNames::dischargeMethod(const QString &method)
{
    if (method == u"organised")
        return tr("organised");
    if (method == u"continuous")
        return tr("continuous discharge");
    if (method == u"intermittent")
        return tr("intermittent discharge");
    return method;
}

} // namespace outfall::models

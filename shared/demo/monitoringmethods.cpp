#include "demo/monitoringmethods.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::demo {

QString MonitoringMethods::forPollutant(const QString &pollutant, double limitMax)
{
    static const QHash<QString, QString> methods = {
        {u"SO2"_s, u"HJ 57-2017"_s},
        {u"NOX"_s, u"HJ 693-2014"_s},
        {u"PM"_s, u"HJ 836-2017"_s},
        {u"HG"_s, u"HJ 543-2009"_s},
        {u"NMHC"_s, u"HJ 38-2017"_s},
        {u"CRMIST"_s, u"HJ/T 29-1999"_s},
        {u"PH"_s, u"HJ 1147-2020"_s},
        {u"COLOUR"_s, u"HJ 1182-2021"_s},
        {u"SS"_s, u"GB 11901-1989"_s},
        {u"BOD5"_s, u"HJ 505-2009"_s},
        {u"COD"_s, u"HJ 828-2017"_s},
        {u"NH3N"_s, u"HJ 535-2009"_s},
        {u"TN"_s, u"HJ 636-2012"_s},
        {u"TP"_s, u"GB 11893-1989"_s},
        {u"AOX"_s, u"HJ/T 83-2001"_s},
        {u"DIOXIN"_s, u"HJ 77.1-2008"_s},
        {u"CR6"_s, u"GB 7467-1987"_s},
        {u"CRT"_s, u"HJ 757-2015"_s},
        {u"NI"_s, u"GB 11912-1989"_s},
        {u"CU"_s, u"HJ 700-2014"_s},
        {u"ZN"_s, u"GB 7475-1987"_s},
        {u"CN"_s, u"HJ 484-2009"_s},
        {u"ANILINE"_s, u"GB 11889-1989"_s},
        {u"SULFIDE"_s, u"HJ 1226-2021"_s},
        {u"OIL"_s, u"HJ 637-2018"_s},
    };
    if (pollutant == u"PM" && limitMax > 50)
        return u"GB/T 16157-1996"_s;
    return methods.value(pollutant);
}

} // namespace outfall::demo

#include "core/preferences.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

Preferences::Preferences(const QString &profileDir)
    : m_settings(QDir(profileDir).filePath(u"settings.ini"_s), QSettings::IniFormat)
{ }

QString Preferences::language() const
{
    return m_settings.value(u"language"_s).toString();
}

bool Preferences::setLanguage(const QString &language)
{
    if (language != u"zh_CN" && language != u"en")
        return false;
    m_settings.setValue(u"language"_s, language);
    return true;
}

double Preferences::gpsAccuracyThresholdM() const
{
    return m_settings.value(u"gps/accuracyThresholdM"_s, kDefaultGpsThresholdM).toDouble();
}

bool Preferences::setGpsAccuracyThresholdM(double metres)
{
    if (!(metres >= 1.0 && metres <= 500.0))
        return false;
    m_settings.setValue(u"gps/accuracyThresholdM"_s, metres);
    return true;
}

int Preferences::photoUploadMaxEdgePx() const
{
    return m_settings.value(u"photo/uploadMaxEdgePx"_s, kDefaultPhotoMaxEdgePx).toInt();
}

bool Preferences::setPhotoUploadMaxEdgePx(int pixels)
{
    if (pixels < 640 || pixels > 8192)
        return false;
    m_settings.setValue(u"photo/uploadMaxEdgePx"_s, pixels);
    return true;
}

QString Preferences::serverEndpoint() const
{
    return m_settings.value(u"server/endpoint"_s).toString();
}

void Preferences::setServerEndpoint(const QString &endpoint)
{
    m_settings.setValue(u"server/endpoint"_s, endpoint);
}

} // namespace outfall::mobile

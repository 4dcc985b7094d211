#pragma once

#include <QSettings>
#include <QString>

namespace outfall::mobile {

// The inspector's settings for one device profile, kept in PROFILE/settings.ini so that
// they travel with the profile (and tests get their own). Values are validated on write:
// an out-of-range value is refused, not clamped silently.
class Preferences
{
public:
    explicit Preferences(const QString &profileDir);

    // "zh_CN" or "en"; empty until chosen (the app then follows the system locale).
    QString language() const;
    bool setLanguage(const QString &language);

    // Fixes less accurate than this are refused for outlet checks (DOMAIN: 3 000 m fixes
    // accepted as positions is a known failure of field tools).
    double gpsAccuracyThresholdM() const;
    bool setGpsAccuracyThresholdM(double metres); // 1..500

    // Longest edge of the photo copy that is uploaded; the original stays on the device.
    int photoUploadMaxEdgePx() const;
    bool setPhotoUploadMaxEdgePx(int pixels); // 640..8192

    QString serverEndpoint() const;
    void setServerEndpoint(const QString &endpoint);

    static constexpr double kDefaultGpsThresholdM = 20.0;
    static constexpr int kDefaultPhotoMaxEdgePx = 2048;

private:
    mutable QSettings m_settings;
};

} // namespace outfall::mobile

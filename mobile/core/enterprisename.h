#pragma once

#include <QString>

namespace outfall::mobile {

// The name to show for an enterprise: `enterprise.name_en` when the UI language is English
// and the reference data has one, else `enterprise.name` (Chinese, the registered name).
inline QString enterpriseName(const QString &zh, const QString &en, const QString &language)
{
    return language == u"en" && !en.isEmpty() ? en : zh;
}

} // namespace outfall::mobile

#include "core/actionrefused.h"

namespace outfall::mobile {

ActionRefused::ActionRefused(const QString &reason, QStringList missing)
    : std::runtime_error(reason.toStdString())
    , m_missing(std::move(missing))
{ }

} // namespace outfall::mobile

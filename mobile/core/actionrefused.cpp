#include "core/actionrefused.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

ActionRefused::ActionRefused(const QString &reason, QStringList missing)
    : std::runtime_error(reason.toStdString())
    , m_missing(std::move(missing))
{ }

FarFromSite::FarFromSite(const QString &reason, double distanceM)
    : ActionRefused(reason)
    , m_distanceM(distanceM)
{ }

QString Refusal::medium(const QString &code)
{
    if (code == u"air")
        return tr("air");
    if (code == u"water")
        return tr("water");
    return code;
}

QString Refusal::status(const QString &code)
{
    if (code == u"in_progress")
        return tr("in progress");
    if (code == u"submitted")
        return tr("submitted");
    if (code == u"reviewed")
        return tr("reviewed");
    if (code == u"returned")
        return tr("returned for amendment");
    if (code == u"approved")
        return tr("approved");
    return code;
}

QString Refusal::phase(const QString &code)
{
    if (code == u"pre_issuance")
        return tr("pre-issuance");
    if (code == u"post_issuance")
        return tr("post-issuance");
    return code;
}

} // namespace outfall::mobile

#pragma once

#include "sync/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace outfall::server {

// outfallctl's route and conflict commands (docs/routes.md), sent as ROUTE requests:
//   route draw --pool FILTER --enterprises N --inspectors M [--seed S] [--weight risk]
//              [--team-size K]
//   route draws [--json]                 route show DRAW [--json]
//   route replay DRAW                    route plan DRAW --start LAT,LON
//   route assign DRAW                    route reassign DRAW PERMIT --to INSPECTOR
//   route withdraw DRAW [--inspector I]  conflict add INSPECTOR ENTERPRISE --reason TEXT
// Exit codes as outfallctl's: 0 done, 1 refused or failed (a replay that does not match is 1),
// 2 a bad command line naming the argument, 3 no such draw, inspector, permit or enterprise.
class RouteCli
{
public:
    RouteCli(QTextStream *out, QTextStream *err);

    // The whole outfallctl command line (program name first).
    int run(const QStringList &arguments);

    static const QString &usageText();

private:
    int usage(const QString &problem);
    void printConflicts(const QJsonArray &conflicts);
    void printDraw(const QJsonObject &draw);
    void printPlan(const QJsonObject &draw);
    int replay(const QJsonObject &draw);

    QTextStream *m_out;
    QTextStream *m_err;
};

} // namespace outfall::server

#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// What the law wants recorded before signing (issue 9): `inspect team` (the second inspector
// and more, each with an enforcement certificate) and `inspect production` (the production
// state seen on site).
class InspectTeamCommands
{
public:
    static int team(CliContext &context, const QStringList &arguments);
    static int production(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `inspect SUBCOMMAND ...`: dispatches to the command files of each group.
class InspectCommand
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `inspect list` and `inspect show INSPECTION`: read-only views of the inspections.
class InspectViewCommands
{
public:
    static int list(CliContext &context, const QStringList &arguments);
    static int show(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `permits [--search TEXT]`: the permits on the device (number, name, outlets).
class PermitsCommand
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

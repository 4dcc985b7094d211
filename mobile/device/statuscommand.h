#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `status`: identity, what waits to be sent (ops, photo bytes), the last sync, counts.
class StatusCommand
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

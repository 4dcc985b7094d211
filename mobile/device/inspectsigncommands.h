#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `inspect sign` (signature or recorded refusal) and `inspect submit`.
class InspectSignCommands
{
public:
    static int sign(CliContext &context, const QStringList &arguments);
    static int submit(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `flags [--as-of YYYY-MM-DD]`: the device's flags, the server's and the provisional ones
// computed here (mobile::DeviceFlags), as of today in China Standard Time unless given.
class FlagsCommand
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

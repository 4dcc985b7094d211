#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// The network commands: `enroll FILE` (a one-time enrolment file from `outfallctl enroll`)
// and `sync` (push what waits, upload photos, pull the scope's changes).
class SyncCommands
{
public:
    static int enroll(CliContext &context, const QStringList &arguments);
    static int sync(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

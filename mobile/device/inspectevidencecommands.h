#pragma once

#include <QStringList>

namespace outfall::device {

class CliContext;

// `inspect start | answer | measure | fix | undeclared | photo`: the commands that record
// evidence through InspectionService.
class InspectEvidenceCommands
{
public:
    static int start(CliContext &context, const QStringList &arguments);
    static int answer(CliContext &context, const QStringList &arguments);
    static int measure(CliContext &context, const QStringList &arguments);
    static int fix(CliContext &context, const QStringList &arguments);
    static int undeclared(CliContext &context, const QStringList &arguments);
    static int photo(CliContext &context, const QStringList &arguments);
};

} // namespace outfall::device

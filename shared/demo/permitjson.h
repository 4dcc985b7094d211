#pragma once

#include "demo/demopermit.h"

#include <QByteArray>
#include <QJsonObject>

namespace outfall::demo {

// A permit as one line of permits.jsonl (docs/formats.md). QJsonObject orders keys
// alphabetically, which keeps the bytes stable; generation-only fields are left out.
class PermitJson
{
public:
    static QJsonObject toJson(const DemoPermit &permit);
    static QByteArray line(const DemoPermit &permit); // compact, with a trailing LF
};

} // namespace outfall::demo

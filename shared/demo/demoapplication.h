#pragma once

#include "demo/demooptions.h"

#include <QByteArray>
#include <QJsonObject>

namespace outfall::demo {

// The demo district's application before issuance (issue 13 part 7, docs/demo-data.md): a
// thermal-power plant that applied for its permit two weeks before the district's today, with
// its declared outlets, two treatment facilities and its capacity, as a line of
// applications.jsonl (the permits format with status `application`). Its pre-issuance scenario
// (`scenario()`): what the inspector will find on site — the second air outlet not built and
// the wastewater treatment station missing, so R15 and R16 are raised and the supervisor
// returns the application for correction.
namespace DemoApplication {

QByteArray line(const DemoOptions &options);
// {number, finds: [...]} for anomalies.json's reader and the demo script.
QJsonObject scenario(const DemoOptions &options);

} // namespace DemoApplication

} // namespace outfall::demo

#pragma once

#include <QByteArray>

namespace outfall::demo {

// The fixed tables of the demo, kept as data files in shared/demo/data/ (compiled in as
// resources) rather than code: the checklist templates (docs/formats.md, checklists) and
// the district's inspection staff.
class DemoTables
{
public:
    static QByteArray checklists(); // checklists.json
    static QByteArray staff(); // staff.csv
};

} // namespace outfall::demo

#pragma once

#include <QString>

namespace outfall::server::publish {

// The site's one style sheet, inlined into every page's <style> (the pages load nothing, not
// even a file beside them, so a page saved alone still looks right). The font stack is the
// system's: CJK faces of every common platform, no web font.
QString siteStyle();

} // namespace outfall::server::publish

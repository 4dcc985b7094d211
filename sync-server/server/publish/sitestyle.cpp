#include "server/publish/sitestyle.h"

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

QString siteStyle()
{
    return uR"(:root{--ink:#1d2733;--muted:#5b6673;--line:#d5dbe3;--band:#f3f6f9;--brand:#0b4f8a;--accent:#b3261e;--ok:#1e6b3a}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;color:var(--ink);background:#fff;line-height:1.6;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei",sans-serif}
a{color:var(--brand)}
a:focus,input:focus{outline:3px solid #f2b600;outline-offset:1px}
header.site{background:var(--brand);color:#fff;border-bottom:4px solid var(--accent)}
header.site .bar{max-width:1160px;margin:0 auto;padding:14px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:8px 24px}
header.site .title{font-size:1.35rem;font-weight:700;letter-spacing:.02em;color:#fff;text-decoration:none}
header.site nav{display:flex;gap:18px;margin-left:auto;align-items:center}
header.site nav a{color:#fff;text-decoration:none;padding:2px 0;border-bottom:2px solid transparent}
header.site nav a[aria-current]{border-bottom-color:#fff}
header.site nav a.lang{border:1px solid rgba(255,255,255,.7);border-radius:3px;padding:1px 10px}
main{max-width:1160px;margin:0 auto;padding:18px 20px 40px}
.subtitle{color:var(--muted);margin:0 0 16px}
h1{font-size:1.55rem;margin:8px 0 4px}
h2{font-size:1.15rem;margin:28px 0 10px;padding-left:10px;border-left:4px solid var(--brand)}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:.94rem}
th,td{border:1px solid var(--line);padding:6px 9px;text-align:left;vertical-align:top}
thead th{background:var(--band);font-weight:600}
.wide{overflow-x:auto}
tbody tr:nth-child(even){background:#fafbfc}
td.nw{white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.facts th{width:15em;background:var(--band);font-weight:600}
.crumbs{font-size:.9rem;color:var(--muted);margin-bottom:4px}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:.85rem;border:1px solid currentColor}
.badge.valid{color:var(--ok)}.badge.expired,.badge.pending{color:var(--accent)}
.search{display:flex;gap:10px;align-items:center;margin:10px 0 6px;flex-wrap:wrap}
.search input{font:inherit;padding:7px 10px;min-width:min(30em,100%);border:1px solid #9aa6b2;border-radius:3px}
.count{color:var(--muted);font-size:.92rem}
.map{border:1px solid var(--line);background:#f8fafb;max-width:100%;height:auto}
.note{color:var(--muted);font-size:.88rem}
.findings{margin:4px 0 0;padding-left:1.3em}
.codes{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9rem}
footer.site{border-top:1px solid var(--line);background:var(--band);color:var(--muted);font-size:.88rem}
footer.site div{max-width:1160px;margin:0 auto;padding:14px 20px}
[hidden]{display:none!important}
@media print{header.site nav,.search{display:none}}
)"_s;
}

} // namespace outfall::server::publish

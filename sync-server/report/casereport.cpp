#include "report/casereport.h"

#include "core/signaturestrokes.h"
#include "report/outletmap.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTimeZone>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::report {

namespace {

constexpr int kDpi = 150;
constexpr int kMargin = 90; // px at kDpi: 15 mm

// Lays text and boxes down a page, starting a new page when the next block does not fit.
class Flow
{
public:
    Flow(QPdfWriter &writer, QPainter &painter, bool chinese)
        : m_writer(writer)
        , m_painter(painter)
        , m_chinese(chinese)
    {
        m_width = painter.viewport().width() - 2 * kMargin;
        m_bottom = painter.viewport().height() - kMargin;
        m_y = kMargin;
    }

    QString t(const QString &en, const QString &zh) const { return m_chinese ? zh : en; }
    int width() const { return m_width; }
    int y() const { return m_y; }
    QPainter &painter() { return m_painter; }

    void font(int points, bool bold = false)
    {
        QFont f(u"WenQuanYi Micro Hei"_s);
        f.setPointSize(points);
        f.setBold(bold);
        m_painter.setFont(f);
    }

    // Space for h pixels: a new page when they do not fit on this one.
    void need(int h)
    {
        if (m_y + h > m_bottom && m_y > kMargin) {
            m_writer.newPage();
            m_y = kMargin;
        }
    }
    void skip(int h) { m_y += h; }
    int take(int h)
    {
        need(h);
        const int top = m_y;
        m_y += h;
        return top;
    }

    void heading(const QString &text)
    {
        skip(18);
        font(13, true);
        paragraph(text, 0);
        m_painter.drawLine(kMargin, m_y, kMargin + m_width, m_y);
        skip(8);
        font(9);
    }

    void paragraph(const QString &text, int indent = 0)
    {
        const QRect box(kMargin + indent, 0, m_width - indent, 100000);
        const QRect needed = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        const int top = take(needed.height() + 4);
        m_painter.drawText(QRect(kMargin + indent, top, m_width - indent, needed.height() + 4),
            Qt::TextWordWrap, text);
    }

    // A table: header row, then rows; columns share the width by weights.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        QList<int> widths;
        for (int w : weights)
            widths.append(m_width * w / total);
        auto drawRow = [&](const QStringList &cells, bool bold) {
            font(8, bold);
            int height = 0;
            for (qsizetype i = 0; i < cells.size(); ++i)
                height = std::max(height,
                    m_painter
                        .boundingRect(
                            QRect(0, 0, widths[i] - 8, 100000), Qt::TextWordWrap, cells[i])
                        .height());
            height += 8;
            const int top = take(height);
            int x = kMargin;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                m_painter.drawRect(x, top, widths[i], height);
                m_painter.drawText(
                    QRect(x + 4, top + 4, widths[i] - 8, height - 8), Qt::TextWordWrap, cells[i]);
                x += widths[i];
            }
        };
        drawRow(header, true);
        for (const QStringList &row : rows)
            drawRow(row, false);
        font(9);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    bool m_chinese;
    int m_width = 0;
    int m_bottom = 0;
    int m_y = 0;
};

QString when(std::int64_t ms)
{
    if (ms <= 0)
        return u"–"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString num(double value)
{
    return QString::number(value, 'g', 6);
}

QString position(const std::optional<double> &lat, const std::optional<double> &lon)
{
    if (!lat || !lon)
        return u"–"_s;
    return QString::number(*lat, 'f', 6) + u", "_s + QString::number(*lon, 'f', 6);
}

void drawStrokes(
    QPainter &painter, const QRect &box, const QByteArray &encoded, const QString &noStrokes)
{
    painter.drawRect(box);
    const auto strokes = mobile::SignatureStrokes::decode(encoded);
    if (!strokes || strokes->isEmpty()) {
        painter.drawText(box, Qt::AlignCenter, noStrokes);
        return;
    }
    const QSize pad =
        strokes->padSize.isEmpty() ? mobile::SignatureStrokes::kFallbackPad : strokes->padSize;
    const double scale =
        std::min(double(box.width()) / pad.width(), double(box.height()) / pad.height());
    painter.save();
    painter.setPen(QPen(Qt::darkBlue, 2));
    for (const auto &stroke : strokes->strokes) {
        QPainterPath path;
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            const QPointF p(box.left() + stroke[i].x() * scale, box.top() + stroke[i].y() * scale);
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.drawPath(path);
    }
    painter.restore();
}

void caseSection(Flow &f, const CaseReportData &d)
{
    f.font(16, true);
    f.paragraph(f.t(u"Enforcement case %1: %2"_s, u"执法案件 %1：%2"_s).arg(d.caseLabel, d.title));
    f.font(9);
    f.paragraph(f.t(u"Case id %1 · package exported %2 (UTC+8)"_s,
                     u"案件编号 %1 · 证据包导出于 %2（北京时间）"_s)
                    .arg(d.caseId, when(d.exportedAtMs)));
    f.paragraph(f.t(u"Server key (Ed25519) %1 · signed tree head (size / root) %2"_s,
                     u"服务器公钥（Ed25519）%1 · 签名树头（大小/根哈希）%2"_s)
                    .arg(d.serverKeyHex, d.treeHeadText));
    f.paragraph(f.t(u"Check this package offline with: outfallctl case verify DIR --key %1"_s,
                     u"离线核验：outfallctl case verify 目录 --key %1"_s)
                    .arg(d.serverKeyHex));
}

void enterpriseSection(Flow &f, const CaseReportData &d)
{
    const auto &e = d.enterprise;
    f.heading(f.t(u"1. Enterprise and permit"_s, u"一、排污单位与排污许可证"_s));
    f.paragraph(f.t(u"Enterprise: %1 · unified social credit code %2"_s,
                     u"单位名称：%1 · 统一社会信用代码 %2"_s)
                    .arg(e.name, e.uscc));
    f.paragraph(f.t(u"Address: %1 · legal representative: %2"_s, u"地址：%1 · 法定代表人：%2"_s)
                    .arg(e.address, e.legalRep));
    f.paragraph(
        f.t(u"Permit %1, valid %2, issued by %3"_s, u"排污许可证编号 %1，有效期 %2，核发机关 %3"_s)
            .arg(e.permitNumber, e.permitValidity, e.authority));
    QList<QStringList> rows;
    for (const auto &term : d.terms)
        rows.append({term.outlet, term.pollutant, term.limit, term.standard});
    if (rows.isEmpty())
        f.paragraph(
            f.t(u"No emission limit of the permit is concerned."_s, u"本案不涉及许可排放限值。"_s));
    else
        f.table(
            {f.t(u"Outlet"_s, u"排放口"_s), f.t(u"Pollutant"_s, u"污染物"_s),
                f.t(u"Permitted limit"_s, u"许可排放限值"_s), f.t(u"Standard"_s, u"执行标准"_s)},
            rows, {2, 2, 4, 4});
}

void measurementSection(Flow &f, const CaseReportData &d)
{
    f.heading(
        f.t(u"2. Measurements against the permit's limits"_s, u"二、现场监测值与许可限值对照"_s));
    f.paragraph(f.t(
        u"Stack gas is compared at the limit's reference O2: C = C' × (21 − O2ref) / (21 − O2meas)."_s,
        u"废气浓度按限值的基准氧含量折算：C = C' × (21 − O2基准) / (21 − O2实测)。"_s));
    QList<QStringList> rows;
    for (const auto &m : d.measurements) {
        QString corrected = u"–"_s;
        if (m.corrected)
            corrected = u"%1 × (21 − %2) / (21 − %3) = %4 %5"_s.arg(
                num(m.value), num(*m.referenceO2Pct), num(*m.o2Pct), num(*m.corrected), m.unit);
        rows.append({when(m.recordedAtMs), m.outlet, m.pollutant, num(m.value) + u' ' + m.unit,
            m.o2Pct ? num(*m.o2Pct) + u" %"_s : u"–"_s, corrected,
            m.limit ? u"≤ "_s + num(*m.limit) : u"–"_s,
            m.exceeds ? f.t(u"EXCEEDS"_s, u"超标"_s) : f.t(u"within"_s, u"达标"_s)});
    }
    if (rows.isEmpty())
        f.paragraph(f.t(u"No measurement."_s, u"无现场监测数据。"_s));
    else
        f.table({f.t(u"Time"_s, u"时间"_s), f.t(u"Outlet"_s, u"排放口"_s),
                    f.t(u"Pollutant"_s, u"污染物"_s), f.t(u"Measured"_s, u"实测值"_s), u"O2"_s,
                    f.t(u"Corrected"_s, u"折算值"_s), f.t(u"Limit"_s, u"限值"_s),
                    f.t(u"Result"_s, u"结论"_s)},
            rows, {3, 2, 2, 2, 1, 5, 2, 2});
    for (const auto &flag : d.flags) {
        f.font(9, true);
        f.paragraph(u"%1 (%2): %3"_s.arg(flag.ruleId, flag.status, flag.message));
        f.font(9);
        if (!flag.inputs.isEmpty())
            f.paragraph(flag.inputs.join(u" · "_s), 20);
        for (const QString &step : flag.steps)
            f.paragraph(step, 20);
    }
}

void photoSection(Flow &f, const CaseReportData &d)
{
    f.heading(f.t(u"3. Photographs"_s, u"三、现场照片"_s));
    if (d.photos.isEmpty())
        f.paragraph(f.t(u"No photograph."_s, u"无照片。"_s));
    for (const auto &photo : d.photos) {
        const int thumb = 220;
        const int top = f.take(thumb + 12);
        QImageReader reader(photo.filePath);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        const QRect box(kMargin, top, thumb, thumb);
        if (image.isNull()) {
            f.painter().drawRect(box);
        } else {
            const QImage scaled = image.scaled(box.size(), Qt::KeepAspectRatio);
            f.painter().drawImage(box.topLeft(), scaled);
        }
        const QString text = f.t(u"%1\nTaken %2 (UTC+8)\nPosition %3\nSHA-256 %4\n%5"_s,
                                  u"%1\n拍摄时间 %2（北京时间）\n位置 %3\nSHA-256 %4\n%5"_s)
                                 .arg(photo.fileName, when(photo.takenAtMs),
                                     position(photo.lat, photo.lon), photo.sha256, photo.caption);
        f.painter().drawText(QRect(kMargin + thumb + 20, top, f.width() - thumb - 20, thumb),
            Qt::TextWordWrap, text);
    }
}

void mapSection(Flow &f, const CaseReportData &d)
{
    const int height = 600;
    f.need(height + 80); // the heading stays with its map
    f.heading(f.t(u"4. Outlet map"_s, u"四、排放口位置图"_s));
    const int top = f.take(height);
    OutletMap::draw(
        f.painter(), QRect(kMargin, top, f.width(), height - 40), d.mapPoints, d.language == u"zh");
}

void signatureSection(Flow &f, const CaseReportData &d)
{
    f.heading(f.t(u"5. Signatures"_s, u"五、签名"_s));
    if (d.signatures.isEmpty())
        f.paragraph(f.t(u"No signature."_s, u"无签名。"_s));
    for (const auto &s : d.signatures) {
        const int top = f.take(170);
        const QString role = s.role == u"inspector" ? f.t(u"Inspector"_s, u"执法人员"_s)
                                                    : f.t(u"Representative"_s, u"企业代表"_s);
        QString text = u"%1: %2\n%3"_s.arg(role, s.name, when(s.signedAtMs));
        if (!s.certificateNo.isEmpty())
            text += f.t(u"\nCertificate %1"_s, u"\n执法证号 %1"_s).arg(s.certificateNo);
        if (s.refused)
            text += f.t(u"\nREFUSED to sign"_s, u"\n拒绝签名"_s);
        if (!s.witness.isEmpty())
            text += f.t(u"\nwitness: %1"_s, u"\n见证人：%1"_s).arg(s.witness);
        f.painter().drawText(QRect(kMargin, top, 420, 160), Qt::TextWordWrap, text);
        drawStrokes(f.painter(), QRect(kMargin + 440, top, 420, 150), s.strokes,
            f.t(u"(no drawn strokes recorded)"_s, u"（未记录手写笔迹）"_s));
    }
}

void teamSection(Flow &f, const CaseReportData &d)
{
    f.heading(f.t(u"6. Inspectors"_s, u"六、执法人员"_s));
    QList<QStringList> rows;
    for (const auto &m : d.team)
        rows.append({m.name, m.code, m.certificateNo.isEmpty() ? u"–"_s : m.certificateNo,
            m.lead ? f.t(u"lead"_s, u"主办"_s) : f.t(u"member"_s, u"协办"_s)});
    f.table({f.t(u"Name"_s, u"姓名"_s), f.t(u"Staff number"_s, u"工号"_s),
                f.t(u"Enforcement certificate"_s, u"执法证号"_s), f.t(u"Part"_s, u"分工"_s)},
        rows, {3, 2, 3, 2});
}

void custodySection(Flow &f, const CaseReportData &d)
{
    f.heading(f.t(u"7. Chain of custody"_s, u"七、证据保管链"_s));
    f.paragraph(
        f.t(u"Each record: captured and signed on the device (its Ed25519 key), received by"
            u" the server over CurveZMQ (the device's transport key), logged in the"
            u" evidence log (leaf, under the first tree head that covers it, signed by"
            u" the server's key), exported in this package (manifest signed by the"
            u" server's key %1…, %2)."_s,
             u"每条记录：在设备上采集并签名（设备 Ed25519 密钥），经 CurveZMQ "
             u"由服务器接收（设备传输密钥），"
             u"记入证据日志（叶序号，首个覆盖它的树头，服务器密钥签名），导出至本证据包（清单由服务器密钥 %1… 于 %2 签名）。"_s)
            .arg(d.serverKeyHex.left(16), when(d.exportedAtMs)));
    QList<QStringList> rows;
    for (const auto &c : d.custody)
        rows.append({c.what, when(c.capturedAtMs), when(c.signedAtMs) + u"\n"_s + c.deviceKey,
            when(c.receivedAtMs) + u"\n"_s + c.transportKey,
            when(c.loggedAtMs) + u"\n#"_s + QString::number(c.leafIndex), when(d.exportedAtMs)});
    f.table(
        {f.t(u"Record"_s, u"记录"_s), f.t(u"Captured"_s, u"采集"_s),
            f.t(u"Signed (key)"_s, u"签名（密钥）"_s), f.t(u"Received (key)"_s, u"接收（密钥）"_s),
            f.t(u"Logged (leaf)"_s, u"入日志（叶）"_s), f.t(u"Exported"_s, u"导出"_s)},
        rows, {3, 3, 3, 3, 3, 3});
}

void noticeSection(Flow &f, const CaseReportData &d)
{
    f.heading(f.t(u"8. Draft notice of violation (for the enforcement officer to edit)"_s,
        u"八、责令改正违法行为决定书（草稿，供执法人员修改）"_s));
    const auto &e = d.enterprise;
    f.paragraph(f.t(u"To: %1 (unified social credit code %2), %3"_s,
                     u"当事人：%1（统一社会信用代码 %2），地址：%3"_s)
                    .arg(e.name, e.uscc, e.address));
    QStringList facts;
    for (const auto &m : d.measurements) {
        if (!m.exceeds)
            continue;
        const double value = m.corrected.value_or(m.value);
        facts.append(
            f.t(u"on %1 at outlet %2, %3 was measured at %4 %5%6, above the limit of %7 %5 set by permit %8"_s,
                 u"%1，在排放口 %2 监测 %3 浓度为 %4 %5%6，超过排污许可证 %8 规定的许可排放浓度 %7 %5"_s)
                .arg(when(m.recordedAtMs), m.outlet, m.pollutant, num(value), m.unit,
                    m.corrected ? f.t(u" (corrected to %1 % O2)"_s, u"（折算至基准氧含量 %1%）"_s)
                                      .arg(num(*m.referenceO2Pct))
                                : QString(),
                    num(*m.limit), e.permitNumber));
    }
    for (const auto &flag : d.flags) {
        QString message = flag.message.trimmed();
        while (message.endsWith(u'。') || message.endsWith(u'.'))
            message.chop(1);
        facts.append(u"%1: %2"_s.arg(flag.ruleId, message));
    }
    f.paragraph(f.t(u"Facts found: %1."_s, u"经查：%1。"_s)
                    .arg(facts.isEmpty() ? f.t(u"[to be completed]"_s, u"[待填写]"_s)
                                         : facts.join(f.t(u"; "_s, u"；"_s))));
    QStringList terms;
    for (const auto &term : d.terms)
        terms.append(
            u"%1 %2 %3 (%4)"_s.arg(term.outlet, term.pollutant, term.limit, term.standard));
    f.paragraph(f.t(u"This breaches the terms of permit %1 (%2) and the Regulations on the"
                    u" Administration of Pollutant Discharge Permits, Article 34 (1): discharging"
                    u" pollutants above the permitted concentration. Rule broken: %3."_s,
                     u"上述行为违反了排污许可证 %1 "
                     u"载明的许可事项（%2），违反《排污许可管理条例》第三十四条第（一）项"
                     u"“超过许可排放浓度排放污染物”的规定。违反规则：%3。"_s)
                    .arg(e.permitNumber, terms.join(u"; "_s), [&] {
                        QStringList rules;
                        for (const auto &flag : d.flags)
                            rules.append(flag.ruleId);
                        return rules.isEmpty() ? f.t(u"[to be completed]"_s, u"[待填写]"_s)
                                               : rules.join(u", "_s);
                    }()));
    f.paragraph(
        f.t(u"You are ordered to correct the violation at once. Evidence: case package %1"
            u" (listed in its manifest.json)."_s,
             u"现责令你单位立即改正违法行为。证据：案件证据包 %1（见其 manifest.json 清单）。"_s)
            .arg(d.caseLabel));
    QStringList officers;
    for (const auto &m : d.team)
        officers.append(
            u"%1 (%2)"_s.arg(m.name, m.certificateNo.isEmpty() ? u"–"_s : m.certificateNo));
    f.paragraph(f.t(u"Enforcement officers: %1"_s, u"执法人员：%1"_s).arg(officers.join(u", "_s)));
    f.paragraph(
        f.t(u"Issued by: %1            Date: ______"_s, u"%1（盖章）            日期：______"_s)
            .arg(e.authority));
}

} // namespace

void CaseReport::write(const CaseReportData &data, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw std::runtime_error("the PDF report needs a QGuiApplication (fonts)");
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(data.caseLabel + u' ' + data.title);
    writer.setCreator(u"Outfall"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        throw std::runtime_error((u"cannot write the PDF report "_s + path).toStdString());
    Flow flow(writer, painter, data.language == u"zh");
    caseSection(flow, data);
    enterpriseSection(flow, data);
    measurementSection(flow, data);
    photoSection(flow, data);
    mapSection(flow, data);
    signatureSection(flow, data);
    teamSection(flow, data);
    custodySection(flow, data);
    noticeSection(flow, data);
    if (!painter.end())
        throw std::runtime_error((u"cannot finish the PDF report "_s + path).toStdString());
}

} // namespace outfall::report

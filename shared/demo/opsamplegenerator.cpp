#include "demo/opsamplegenerator.h"

#include "sync/entityschema.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

struct PollutantSample
{
    QString code;
    QString unit;
    double low;
    double high;
    QString method;
};

const QList<PollutantSample> &airPollutants()
{
    static const QList<PollutantSample> list = {
        {u"SO2"_s, u"mg/Nm3"_s, 5, 60, u"HJ 57-2017"_s},
        {u"NOX"_s, u"mg/Nm3"_s, 10, 120, u"HJ 693-2014"_s},
        {u"PM"_s, u"mg/Nm3"_s, 1, 25, u"HJ 836-2017"_s},
        {u"CO"_s, u"mg/Nm3"_s, 5, 80, u"HJ 973-2018"_s},
        {u"VOCS"_s, u"mg/Nm3"_s, 2, 40, u"HJ 1012-2018"_s},
    };
    return list;
}

const QList<PollutantSample> &waterPollutants()
{
    static const QList<PollutantSample> list = {
        {u"COD"_s, u"mg/L"_s, 20, 110, u"HJ 828-2017"_s},
        {u"NH3N"_s, u"mg/L"_s, 0.2, 12, u"HJ 535-2009"_s},
        {u"PH"_s, u"pH"_s, 6.2, 8.9, u"HJ 1147-2020"_s},
        {u"SS"_s, u"mg/L"_s, 4, 45, u"GB 11901-1989"_s},
        {u"TP"_s, u"mg/L"_s, 0.05, 0.9, u"GB 11893-1989"_s},
    };
    return list;
}

const QStringList &instruments()
{
    static const QStringList list = {u"TH-880F-2023-017"_s, u"3012H-D-2022-004"_s,
        u"HACH-DR900-0192"_s, u"PHS-3C-2021-033"_s, u"GT-903-2024-008"_s};
    return list;
}

const QStringList &notes()
{
    static const QStringList list = {u"标识牌缺失"_s, u"在线监测设备运行正常"_s,
        u"台账记录不完整，缺少3月份数据"_s, u"采样平台护栏高度不足1.2米"_s,
        u"Signboard faded, still legible"_s, u"CEMS shelter humidity 68%"_s};
    return list;
}

} // namespace

OpSampleGenerator::OpSampleGenerator(quint64 seed, std::int64_t startMs)
    : m_random(static_cast<quint32>(seed ^ (seed >> 32)))
    , m_nowMs(startMs)
    , m_ids([this] { return m_nowMs; }, seed * 7919 + 1)
    , m_device(newId())
    , m_author(newId())
    , m_clock(m_device, [this] { return m_nowMs; })
    , m_siteLat(decimal(22.4, 23.1, 6))
    , m_siteLon(decimal(113.7, 114.5, 6))
    , m_permit(newId())
{
    const int outletCount = 1 + static_cast<int>(m_random.bounded(4));
    for (int i = 0; i < outletCount; ++i)
        m_outlets.push_back(newId());
    for (int i = 0; i < 24; ++i)
        m_checklistItems.push_back(newId());
}

Uuid OpSampleGenerator::newId()
{
    return *Uuid::fromBytes(m_ids.nextBytes());
}

void OpSampleGenerator::elapse(int minMs, int maxMs)
{
    m_nowMs += minMs + static_cast<int>(m_random.bounded(maxMs - minMs + 1));
}

double OpSampleGenerator::decimal(double low, double high, int places)
{
    const double scale = std::pow(10.0, places);
    return std::round((low + m_random.generateDouble() * (high - low)) * scale) / scale;
}

void OpSampleGenerator::set(Op &op, QStringView field, FieldValue value) const
{
    const std::uint8_t number = EntitySchema::info(op.entity).fieldNumber(field);
    Q_ASSERT(number != 0);
    op.set(number, std::move(value));
}

Op OpSampleGenerator::begin(Entity entity, Op::Kind kind, const Uuid &rowId)
{
    Op op;
    op.opId = newId();
    op.deviceSeq = ++m_seq;
    op.entity = entity;
    op.rowId = rowId;
    op.kind = kind;
    op.hlc = m_clock.now();
    op.author = m_author;
    return op;
}

Op OpSampleGenerator::newRow(Entity entity)
{
    const Uuid row = newId();
    return begin(entity, Op::Kind::Insert, row);
}

Op OpSampleGenerator::inspectionStart(const Uuid &inspection)
{
    Op op = begin(Entity::Inspection, Op::Kind::Insert, inspection);
    set(op, u"permit_id", m_permit.toText());
    set(op, u"inspector_id", m_author.toText());
    set(op, u"assignment_id", newId().toText());
    set(op, u"phase", u"post_issuance"_s);
    set(op, u"template_id", newId().toText());
    set(op, u"status", u"in_progress"_s);
    set(op, u"started_at", m_nowMs);
    return op;
}

Op OpSampleGenerator::inspectionClose(const Uuid &inspection)
{
    Op op = begin(Entity::Inspection, Op::Kind::Update, inspection);
    set(op, u"status", u"submitted"_s);
    set(op, u"submitted_at", m_nowMs);
    set(op, u"summary", pick(notes()));
    set(op, u"production_load", m_random.bounded(5) == 0 ? u"stopped"_s : u"running"_s);
    return op;
}

Op OpSampleGenerator::positionFix(const Uuid &inspection, const QString &purpose)
{
    Op op = newRow(Entity::PositionFix);
    set(op, u"inspection_id", inspection.toText());
    if (purpose == u"outlet_check")
        set(op, u"outlet_id", m_outlets.front().toText());
    set(op, u"purpose", purpose);
    set(op, u"lat", m_siteLat + decimal(-0.0008, 0.0008, 6));
    set(op, u"lon", m_siteLon + decimal(-0.0008, 0.0008, 6));
    set(op, u"accuracy_m", decimal(2, 15, 1));
    set(op, u"samples", 5 + static_cast<int>(m_random.bounded(20)));
    set(op, u"recorded_at", m_nowMs - static_cast<int>(m_random.bounded(3)));
    return op;
}

Op OpSampleGenerator::checklistAnswer(const Uuid &inspection, int ordinal)
{
    static const QStringList answers = {
        u"compliant"_s, u"compliant"_s, u"compliant"_s, u"non_compliant"_s, u"not_applicable"_s};
    Op op = newRow(Entity::ChecklistAnswer);
    const QString answer = pick(answers);
    set(op, u"inspection_id", inspection.toText());
    set(op, u"item_id",
        m_checklistItems[static_cast<std::size_t>(ordinal) % m_checklistItems.size()].toText());
    set(op, u"answer", answer);
    if (answer == u"non_compliant")
        set(op, u"note", pick(notes()));
    set(op, u"recorded_at", m_nowMs);
    return op;
}

Op OpSampleGenerator::measurement(const Uuid &inspection, const Uuid &outlet, bool air)
{
    const PollutantSample &p = pick(air ? airPollutants() : waterPollutants());
    Op op = newRow(Entity::Measurement);
    set(op, u"inspection_id", inspection.toText());
    set(op, u"outlet_id", outlet.toText());
    set(op, u"pollutant", p.code);
    set(op, u"value", decimal(p.low, p.high, p.code == u"PH" ? 2 : 1));
    set(op, u"unit", p.unit);
    if (air)
        set(op, u"o2_pct", decimal(5.5, 11.5, 1));
    set(op, u"instrument_id", pick(instruments()));
    set(op, u"method", p.method);
    set(op, u"recorded_at", m_nowMs);
    return op;
}

Op OpSampleGenerator::photo(const Uuid &inspection, const Uuid &subject)
{
    static const QStringList captions = {u"排放口标识牌"_s, u"在线监测站房"_s,
        u"Outlet DA001 from the platform"_s, u"Sampling port"_s, QString()};
    Op op = newRow(Entity::Photo);
    QByteArray hash(32, Qt::Uninitialized);
    for (auto &byte : hash)
        byte = static_cast<char>(m_random.bounded(256));
    set(op, u"inspection_id", inspection.toText());
    set(op, u"sha256", QString::fromLatin1(hash.toHex()));
    set(op, u"byte_size", 1'200'000 + static_cast<int>(m_random.bounded(3'500'000)));
    set(op, u"mime", u"image/jpeg"_s);
    set(op, u"subject", subject.toText());
    const QString caption = pick(captions);
    if (!caption.isEmpty())
        set(op, u"caption", caption);
    set(op, u"lat", m_siteLat + decimal(-0.0008, 0.0008, 6));
    set(op, u"lon", m_siteLon + decimal(-0.0008, 0.0008, 6));
    set(op, u"accuracy_m", decimal(2, 15, 1));
    set(op, u"taken_at", m_nowMs - 150 - static_cast<int>(m_random.bounded(400)));
    return op;
}

Op OpSampleGenerator::signature(const Uuid &inspection, bool representative)
{
    static const QStringList names = {u"张伟"_s, u"王芳"_s, u"李娜"_s, u"刘洋"_s, u"陈静"_s};
    Op op = newRow(Entity::Signature);
    set(op, u"inspection_id", inspection.toText());
    set(op, u"signer_role", representative ? u"representative"_s : u"inspector"_s);
    set(op, u"signer_name", pick(names));
    const bool refused = representative && m_random.bounded(10) == 0;
    set(op, u"refused", refused ? 1 : 0);
    if (!refused) {
        // Strokes as small signed deltas of a pen path, the way a signature pad stores them.
        QByteArray strokes;
        const int points = 60 + static_cast<int>(m_random.bounded(120));
        for (int i = 0; i < points; ++i)
            strokes.append(static_cast<char>(static_cast<int>(m_random.bounded(15)) - 7));
        set(op, u"strokes", strokes);
    }
    set(op, u"signed_at", m_nowMs);
    return op;
}

std::vector<Op> OpSampleGenerator::inspectionVisit()
{
    std::vector<Op> ops;
    const Uuid inspection = newId();
    ops.push_back(inspectionStart(inspection));
    elapse(2'000, 20'000);
    ops.push_back(positionFix(inspection, u"arrival"_s));
    const int answers = 8 + static_cast<int>(m_random.bounded(14));
    for (int i = 0; i < answers; ++i) {
        elapse(5'000, 90'000);
        ops.push_back(checklistAnswer(inspection, i));
        if (m_random.bounded(4) == 0) {
            elapse(1'000, 8'000);
            ops.push_back(photo(inspection, m_checklistItems[std::size_t(i)]));
        }
    }
    for (const Uuid &outlet : m_outlets) {
        const bool air = m_random.bounded(3) != 0;
        elapse(30'000, 300'000);
        ops.push_back(positionFix(inspection, u"outlet_check"_s));
        ops.push_back(photo(inspection, outlet));
        const int rounds = 2 + static_cast<int>(m_random.bounded(5));
        for (int i = 0; i < rounds; ++i) {
            elapse(20'000, 120'000);
            ops.push_back(measurement(inspection, outlet, air));
        }
    }
    elapse(60'000, 600'000);
    ops.push_back(signature(inspection, false));
    elapse(10'000, 60'000);
    ops.push_back(signature(inspection, true));
    elapse(1'000, 5'000);
    ops.push_back(inspectionClose(inspection));
    elapse(1'800'000, 7'200'000); // drive to the next site
    return ops;
}

std::vector<Op> OpSampleGenerator::measurements(int count)
{
    std::vector<Op> ops;
    ops.reserve(static_cast<std::size_t>(count));
    const Uuid inspection = newId();
    const bool air = m_random.bounded(3) != 0;
    for (int i = 0; i < count; ++i) {
        elapse(15'000, 120'000);
        ops.push_back(measurement(inspection, m_outlets[std::size_t(i) % m_outlets.size()], air));
    }
    return ops;
}

} // namespace outfall::sync

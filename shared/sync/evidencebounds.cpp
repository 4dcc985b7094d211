#include "sync/evidencebounds.h"

#include "domain/measuredrange.h"
#include "domain/unit.h"
#include "sync/entityschema.h"
#include "sync/limits.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

using domain::MeasuredRange;

// Checks an op's fields one by one and keeps the first refusal. A field's value counts as
// a number when it is an integer or a real (CBOR writes 40.0 as 40); text or bytes in a
// numeric field are refused, since SQLite's type affinity would store them as they came.
class Checker
{
public:
    explicit Checker(const Op &op)
        : m_op(op)
        , m_info(EntitySchema::info(op.entity))
    { }

    const FieldValue *value(QStringView field) const
    {
        const auto number = m_info.fieldNumber(field);
        return number ? m_op.value(number) : nullptr;
    }

    void within(QStringView field, const MeasuredRange &range, const QString &unit = {})
    {
        const auto x = number(field);
        if (x && !range.contains(*x))
            refuse(u"%1 %2%3 is outside %4"_s.arg(name(field), MeasuredRange::number(*x),
                unit.isEmpty() ? QString() : u' ' + unit, range.text(field.toString(), unit)));
    }

    void position()
    {
        within(u"lat", MeasuredRange::latitude());
        within(u"lon", MeasuredRange::longitude());
        within(u"accuracy_m", MeasuredRange::accuracyM(), u"m"_s);
    }

    void refuse(const QString &why)
    {
        if (!m_refusal)
            m_refusal = why;
    }

    const std::optional<QString> &refusal() const { return m_refusal; }

private:
    QString name(QStringView field) const { return m_info.table + u'.' + field.toString(); }

    std::optional<double> number(QStringView field)
    {
        const FieldValue *v = value(field);
        if (!v || v->isNull())
            return std::nullopt;
        if (v->type() == FieldValue::Type::Integer)
            return double(v->integer());
        if (v->type() == FieldValue::Type::Real)
            return v->real();
        refuse(name(field) + u" is not a number"_s);
        return std::nullopt;
    }

    const Op &m_op;
    const EntitySchema::EntityInfo &m_info;
    std::optional<QString> m_refusal;
};

// A distance on or near the Earth's surface, m: no two points are farther apart than half
// its circumference (about 20,000 km).
const MeasuredRange kDistanceM {0, 2.1e7};

void checkMeasurement(Checker &c)
{
    const FieldValue *unitValue = c.value(u"unit");
    const QString unitText =
        unitValue && unitValue->type() == FieldValue::Type::Text ? unitValue->text() : QString();
    const auto unit = domain::Unit::find(unitText);
    if (!unit)
        return c.refuse(u"measurement.unit \"%1\" is not a known unit"_s.arg(unitText.left(40)));
    c.within(u"value", MeasuredRange::forUnit(*unit), unit->symbol());
    c.within(u"o2_pct", MeasuredRange::o2Pct(), u"%"_s);
    c.position(); // where it was taken (0020), when the device had a fix
}

} // namespace

std::optional<QString> EvidenceBounds::check(const Op &op)
{
    if (op.kind != Op::Kind::Insert)
        return std::nullopt; // evidence is insert-only; the server refuses updates anyway
    Checker c(op);
    switch (op.entity) {
    case Entity::Measurement:
        checkMeasurement(c);
        break;
    case Entity::PositionFix:
        c.position();
        c.within(u"spread_m", kDistanceM, u"m"_s);
        c.within(u"site_distance_m", kDistanceM, u"m"_s);
        c.within(u"samples", MeasuredRange {1, 1e6});
        break;
    case Entity::Photo:
        c.position();
        c.within(u"site_distance_m", kDistanceM, u"m"_s);
        c.within(u"byte_size", MeasuredRange {1, double(limits::blobBytes)}, u"bytes"_s);
        break;
    default:
        break;
    }
    return c.refusal();
}

} // namespace outfall::sync

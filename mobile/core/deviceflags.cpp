#include "core/deviceflags.h"

#include "rules/ruleset.h"
#include "store/database.h"
#include "store/permitsnapshotloader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

DeviceFlags::DeviceFlags(store::Database &db)
    : m_db(db)
{ }

QList<DeviceFlag> DeviceFlags::list(QDate asOf) const
{
    QList<DeviceFlag> flags;
    for (store::FlagRecord &record : store::FlagRecords(m_db).list())
        flags.append({std::move(record), false});
    flags.append(provisional(asOf));
    return flags;
}

QList<DeviceFlag> DeviceFlags::provisional(QDate asOf) const
{
    QSet<QString> fromServer;
    auto ids = m_db.cached(u"SELECT id FROM flag"_s);
    while (ids.step())
        fromServer.insert(ids.text(0));
    ids.reset();

    QStringList permits;
    auto held = m_db.cached(u"SELECT id FROM permit ORDER BY number"_s);
    while (held.step())
        permits.append(held.text(0));
    held.reset();

    const rules::RuleConfig config = rules::RuleConfig::defaults();
    const store::PermitSnapshotLoader loader(m_db);
    QList<DeviceFlag> flags;
    for (const QString &permitId : std::as_const(permits)) {
        const auto snapshot = loader.load(permitId, asOf);
        if (!snapshot)
            continue;
        const rules::EvaluationContext context {*snapshot, config, asOf};
        for (const rules::Flag &flag : rules::evaluatePermit(context, rules::Where::Device)) {
            if (fromServer.contains(flag.id()))
                continue;
            store::FlagRecord record = store::FlagRecord::fromFlag(flag);
            record.permitId = permitId;
            flags.append({std::move(record), true});
        }
    }
    return flags;
}

} // namespace outfall::mobile

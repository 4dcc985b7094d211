#include "demo/demotables.h"

#include <QFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(u":/demo/data/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("demo table " + name.toStdString() + " is not compiled in");
    return file.readAll();
}

} // namespace

QByteArray DemoTables::checklists()
{
    return resource(u"checklists.json"_s);
}

QByteArray DemoTables::staff()
{
    return resource(u"staff.csv"_s);
}

} // namespace outfall::demo

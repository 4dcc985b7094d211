// outfall-device: the headless device; the commands live in device/devicecli.cpp.
#include "device/devicecli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outfall-device"));
    return outfall::device::DeviceCli().run(QCoreApplication::arguments());
}

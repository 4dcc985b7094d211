// outfall-fixture-profile DIR: makes a device profile with the day fixture (dayfixture.h) for
// screenshots of the app (scripts/screenshots). Test data only: never a real device's.
#include "dayfixture.h"
#include "demo/nmearoute.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: outfall-fixture-profile DIR (a new profile directory)\n");
        return 2;
    }
    if (QDir(args[1]).exists(QStringLiteral("device.db"))) {
        std::fprintf(
            stderr, "outfall-fixture-profile: %s already holds a profile\n", qPrintable(args[1]));
        return 1;
    }
    try {
        QTemporaryDir scratch;
        outfall::mobile::DeviceSession session(args[1]);
        daytest::prepareDevice(session, scratch.path());
        // Two minutes standing where the fixture's inspector is: `outfall --nmea
        // PROFILE/here.nmea`.
        outfall::demo::NmeaRoute here(
            QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC), 1.4, 42);
        here.addStop({daytest::kHereLat, daytest::kHereLon, 120});
        QFile log(QDir(args[1]).filePath(QStringLiteral("here.nmea")));
        if (!log.open(QIODevice::WriteOnly) || log.write(here.write()) < 0)
            throw std::runtime_error("cannot write here.nmea");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "outfall-fixture-profile: %s\n", e.what());
        return 1;
    }
    std::printf("fixture profile in %s\n", qPrintable(args[1]));
    return 0;
}

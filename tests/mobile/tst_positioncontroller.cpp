// PositionController replaying an NMEA walk at its recorded pace: every fix carries its
// accuracy (2 × HDOP × UERE), and the walk goes from the first stop to the second.
#include "demo/nmearoute.h"
#include "models/controllers/positioncontroller.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace outfall;

class TestPositionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysTheWalkWithAccuracy()
    {
        // A short walk (2 s standing, 3 s walking 30 m north, 2 s standing): the replay runs
        // at 1 Hz, so a long log would make a slow test.
        demo::NmeaRoute route(QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC), 10.0, 5);
        route.addStop({22.5000, 114.0000, 2});
        route.addStop({22.50027, 114.0000, 2});
        auto *buffer = new QBuffer;
        buffer->setData(route.write());
        buffer->open(QIODevice::ReadOnly);

        models::PositionController position(nullptr);
        QList<double> lats;
        QList<double> accuracies;
        connect(&position, &models::PositionController::positionChanged, this, [&] {
            lats << position.latitude();
            accuracies << position.accuracyM();
        });
        position.replay(buffer);
        QVERIFY(position.sourceDescription().startsWith(u"NMEA replay"_s));
        QTRY_VERIFY_WITH_TIMEOUT(lats.size() >= 6, 15000);

        QVERIFY(std::fabs(lats.first() - 22.5) < 0.00005);
        QVERIFY(lats.last() > 22.50020);
        for (const double accuracy : accuracies) {
            // HDOP 0.6-1.5 in this log: 6-15 m; never missing, never zero.
            QVERIFY2(std::isfinite(accuracy) && accuracy >= 6 && accuracy <= 15,
                qPrintable(QString::number(accuracy)));
        }
        QVERIFY(position.valid());
    }

    void theSingletonReplaysTheDefaultFile()
    {
        // Qt 6.4 builds a default-constructible QML singleton with its constructor and never
        // calls create(): the controller must not be default-constructible.
        static_assert(!std::is_default_constructible_v<models::PositionController>);
        demo::NmeaRoute route(QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC), 10.0, 5);
        route.addStop({22.5, 114.0, 3});
        QTemporaryDir dir;
        QFile log(dir.filePath(u"here.nmea"_s));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(route.write());
        log.close();
        models::PositionController::setDefaultReplayFile(log.fileName());
        std::unique_ptr<models::PositionController> position(
            models::PositionController::create(nullptr, nullptr));
        models::PositionController::setDefaultReplayFile({});
        QCOMPARE(position->sourceDescription(), u"NMEA replay: here.nmea"_s);
        QTRY_VERIFY_WITH_TIMEOUT(position->valid(), 5000);
        QVERIFY(std::fabs(position->latitude() - 22.5) < 0.0001);
    }
};

QTEST_GUILESS_MAIN(TestPositionController)
#include "tst_positioncontroller.moc"

#pragma once

// A device profile for the app's day pages (Today, Map, Evidence, Flags): an enrolled
// inspector with four active assignments around Shekou/Nanshan (three in route order, stored as
// 10, 20, 30 as a supervisor leaving gaps would; one without), one withdrawn, outlets of both
// media, open and closed flags, and two photos (one uploaded, one with a display copy). Inserted
// with SQL, as reference data arrives by sync. Used by the model tests and by
// outfall-fixture-profile (screenshots).
#include "core/devicesession.h"
#include "core/evidencegallery.h"
#include "core/photostore.h"
#include "models/session/appsession.h"
#include "store/database.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace daytest {

using namespace Qt::StringLiterals;

inline const QString kInspectorId = u"0190a000-0000-7000-8000-0000000000d1"_s;
inline const QString kOtherInspectorId = u"0190a000-0000-7000-8000-0000000000d2"_s;
// Where the fixture's inspector stands: 22.5000, 113.9200 (near stop 1).
inline constexpr double kHereLat = 22.5000;
inline constexpr double kHereLon = 113.9200;

inline void addReferenceData(outfall::store::Database &db)
{
    db.exec(uR"(
        INSERT INTO inspector (id, code, name, role) VALUES
            ('0190a000-0000-7000-8000-0000000000d1', 'I101', '李明', 'inspector'),
            ('0190a000-0000-7000-8000-0000000000d2', 'I102', '王芳', 'inspector');
        INSERT INTO enterprise (id, uscc, name, name_en, address, industry_code, lat, lon, updated_at)
        VALUES ('e1', '91440300MA5D8G6X2R', '深圳南山热电有限公司', 'Nanshan Thermal Power',
                '南山区月亮湾大道 1 号', '4411', 22.5050, 113.9200, 0),
               ('e2', '91440300MA5DA0001K', '蛇口纸业有限公司', 'Shekou Paper',
                '南山区工业七路 8 号', '2221', 22.4900, 113.9150, 0),
               ('e3', '91440300MA5DB0002Q', '前海电镀厂', 'Qianhai Plating',
                '南山区前海路 20 号', '3360', 22.5200, 113.8950, 0),
               ('e4', '91440300MA5DC0003W', '西丽污水处理厂', 'Xili Sewage Plant',
                '南山区西丽街道', '4620', 22.5800, 113.9500, 0),
               ('e5', '91440300MA5DD0004B', '大铲湾印染厂', 'Dachan Bay Dyeing',
                '宝安区大铲湾', '1713', 22.5400, 113.8800, 0);
        INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to, issued_on,
                            authority, industry_code, content_hash, updated_at)
        VALUES ('p1', '91440300MA5D8G6X2R001P', 'e1', 1, '2024-03-01', '2029-02-28', '2024-03-01', 'SZ EEB', '4411', 'h', 0),
               ('p2', '91440300MA5DA0001K001P', 'e2', 1, '2024-03-01', '2029-02-28', '2024-03-01', 'SZ EEB', '2221', 'h', 0),
               ('p3', '91440300MA5DB0002Q001P', 'e3', 1, '2024-03-01', '2029-02-28', '2024-03-01', 'SZ EEB', '3360', 'h', 0),
               ('p4', '91440300MA5DC0003W001P', 'e4', 1, '2024-03-01', '2029-02-28', '2024-03-01', 'SZ EEB', '4620', 'h', 0),
               ('p5', '91440300MA5DD0004B001P', 'e5', 1, '2024-03-01', '2029-02-28', '2024-03-01', 'SZ EEB', '1713', 'h', 0);
        INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon, removed_in_revision)
        VALUES ('o1a', 'p1', 'DA001', '1# boiler stack', 'air', 'main', 22.5055, 113.9205, NULL),
               ('o1w', 'p1', 'DW001', 'Total outfall', 'water', 'main', 22.5040, 113.9215, NULL),
               ('o2w', 'p2', 'DW001', 'Total outfall', 'water', 'main', 22.4895, 113.9160, NULL),
               ('o2x', 'p2', 'DW002', 'Old outfall', 'water', 'general', 22.4890, 113.9170, 2),
               ('o3a', 'p3', 'DA001', 'Acid mist exhaust', 'air', 'general', 22.5205, 113.8945, NULL),
               ('o3w', 'p3', 'DW001', 'Workshop outlet', 'water', 'main', 22.5195, 113.8955, NULL),
               ('o4w', 'p4', 'DW001', 'Effluent outfall', 'water', 'main', 22.5790, 113.9510, NULL),
               ('o5w', 'p5', 'DW001', 'Total outfall', 'water', 'main', 22.5400, 113.8810, NULL);
        INSERT INTO assignment (id, inspector_id, permit_id, phase, route_order, due_on, status,
                                created_at, updated_at)
        VALUES ('a3', '0190a000-0000-7000-8000-0000000000d1', 'p3', 'post_issuance', 30, '2026-11-03', 'active', 0, 0),
               ('a1', '0190a000-0000-7000-8000-0000000000d1', 'p1', 'post_issuance', 10, '2026-11-02', 'active', 0, 0),
               ('a4', '0190a000-0000-7000-8000-0000000000d1', 'p4', 'pre_issuance', NULL, '2026-11-20', 'active', 0, 0),
               ('a2', '0190a000-0000-7000-8000-0000000000d1', 'p2', 'post_issuance', 20, NULL, 'active', 0, 0),
               ('a5', '0190a000-0000-7000-8000-0000000000d1', 'p5', 'post_issuance', 4, NULL, 'withdrawn', 0, 0),
               ('a6', '0190a000-0000-7000-8000-0000000000d2', 'p5', 'post_issuance', 1, NULL, 'active', 0, 0);
        INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, pollutant, period, compared,
                          message_en, message_zh, status, raised_at, updated_at)
        VALUES ('f1', 'concentration_exceedance', 'violation', 'p1', 'o1a', 'SO2', '2026-09-14', '{}',
                'SO2 daily mean 52 mg/Nm3 exceeds the limit of 35 mg/Nm3 by 49 %.',
                '二氧化硫日均值 52 mg/Nm3，超过限值 35 mg/Nm3 的 49%。', 'open', 2000, 2000),
               ('f2', 'missing_report', 'warning', 'p2', NULL, NULL, '2026-Q3', '{}',
                'The quarterly execution report for 2026-Q3 was not filed.',
                '2026 年第三季度执行报告未提交。', 'open', 3000, 3000),
               ('f3', 'cems_gap', 'info', 'p3', 'o3w', 'COD', '2026-10', '{}',
                'COD monitor data missing on 3 days.', 'COD 监测数据缺失 3 天。', 'open', 1000, 1000),
               ('f4', 'concentration_exceedance', 'violation', 'p2', 'o2w', 'COD', '2026-08', '{}',
                'Closed flag.', '已关闭。', 'resolved', 4000, 4000);
    )"_s);
}

// A small JPEG of one colour, written to `path`.
inline void writeImage(const QString &path, const QColor &colour, int width = 320)
{
    QImage image(width, width * 3 / 4, QImage::Format_RGB32);
    image.fill(colour);
    image.save(path, "JPEG", 80);
}

// Two photos of an inspection of p1: the first uploaded, the second waiting and with a
// display copy. Returns nothing; paths follow PhotoStore's layout.
inline void addPhotos(outfall::mobile::DeviceSession &session, const QString &scratchDir)
{
    auto &db = session.database();
    db.exec(uR"(
        INSERT INTO inspection (id, permit_id, inspector_id, assignment_id, phase, status, started_at)
        VALUES ('i1', 'p1', '0190a000-0000-7000-8000-0000000000d1', 'a1', 'post_issuance',
                'in_progress', 1000))"_s);
    const QList<QColor> colours {QColor(0x33, 0x66, 0x99), QColor(0x99, 0x66, 0x33)};
    for (int i = 0; i < 2; ++i) {
        const QString source = QDir(scratchDir).filePath(u"photo%1.jpg"_s.arg(i));
        writeImage(source, colours[i]);
        const auto original = session.photos().keep(source);
        session.photos().registerUpload(original);
        db.prepare(u"INSERT INTO photo (id, inspection_id, sha256, byte_size, mime, caption,"
                   u" taken_at) VALUES (?1, 'i1', ?2, ?3, ?4, ?5, ?6)"_s)
            .bind(1, u"ph%1"_s.arg(i))
            .bind(2, original.sha256)
            .bind(3, original.byteSize)
            .bind(4, original.mime)
            .bind(5, u"stack %1"_s.arg(i))
            .bind(6, std::int64_t(1'790'000'000'000) + i * 60'000)
            .exec();
        if (i == 0)
            session.photos().acknowledge(original.sha256, 5000);
        else {
            const QString display = outfall::mobile::EvidenceGallery::displayCopyPath(
                session.photos().dir(), original.sha256);
            QDir().mkpath(QFileInfo(display).path());
            writeImage(display, Qt::darkGreen, 160);
        }
    }
}

inline void prepareDevice(outfall::mobile::DeviceSession &session, const QString &scratchDir)
{
    addReferenceData(session.database());
    session.setInspector(*outfall::sync::Uuid::fromText(kInspectorId),
        outfall::mobile::DeviceIdentity::Source::Test);
    addPhotos(session, scratchDir);
}

// The app's session on DIR/NAME with the day fixture: what the model tests hand their models
// and the layout test its engine.
inline std::unique_ptr<outfall::models::AppSession> openAppSession(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("profile"))
{
    auto app = std::make_unique<outfall::models::AppSession>(dir.filePath(name));
    prepareDevice(app->session(), dir.path());
    return app;
}

} // namespace daytest

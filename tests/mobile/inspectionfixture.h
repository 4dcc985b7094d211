#pragma once

// Reference data for inspection tests, inserted with SQL: on a real device it arrives by
// sync (not built yet), and there is deliberately no production command that writes it.
//
// Permit TEST_PERMIT (industry 4411, thermal power) with an air outlet DA001 (SO2 35 mg/Nm3
// at 6 % O2, hourly; an annual amount) at 22.5131, 113.9020 and a water outlet DW001 (COD 90
// mg/L, pH 6-9); checklists POST-GENERAL (P01, P02), POST-4411 (K01..K03) and PRE-GENERAL
// (A01); the inspector kInspectorId (I001, with an enforcement certificate) and the inspectors
// the device knows besides: I002 (certificate), I003 (none on record), I004 (certificate, no
// longer active).
#include "core/devicesession.h"
#include "store/database.h"

#include <QString>

namespace inspectiontest {

using namespace Qt::StringLiterals;

inline const QString kPermitId = u"permit-1"_s;
inline const QString kPermitNumber = u"91440300MA5D8G6X2R001P"_s;
inline const QString kInspectorId = u"0190a000-0000-7000-8000-000000000001"_s;
inline const QString kSecondInspectorId = u"0190a000-0000-7000-8000-000000000002"_s;
inline constexpr double kOutletLat = 22.5131;
inline constexpr double kOutletLon = 113.9020;

inline void addReferenceData(outfall::store::Database &db)
{
    db.exec(uR"(
        INSERT INTO enterprise (id, uscc, name, name_en, industry_code, lat, lon, updated_at)
        VALUES ('ent-1', '91440300MA5D8G6X2R', '深圳南山热电有限公司', 'Nanshan Thermal Power',
                '4411', 22.5123, 113.9012, 0);
        INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to, issued_on,
                            authority, industry_code, content_hash, updated_at)
        VALUES ('permit-1', '91440300MA5D8G6X2R001P', 'ent-1', 1, '2024-03-01', '2029-02-28',
                '2024-03-01', 'SZ EEB', '4411', 'h', 0);
        INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon)
        VALUES ('outlet-da001', 'permit-1', 'DA001', '1# boiler stack', 'air', 'main',
                22.5131, 113.9020),
               ('outlet-dw001', 'permit-1', 'DW001', 'Total outfall', 'water', 'main',
                22.5110, 113.9030);
        INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, min_value, unit,
                                    reference_o2_pct, basis, annual_t)
        VALUES ('l1', 'outlet-da001', 'SO2', 35, NULL, 'mg/Nm3', 6, 'hourly', NULL),
               ('l2', 'outlet-da001', 'SO2', NULL, NULL, 't/a', NULL, 'annual', 420.5),
               ('l3', 'outlet-dw001', 'COD', 90, NULL, 'mg/L', NULL, 'daily', NULL),
               ('l4', 'outlet-dw001', 'PH', 9, 6, 'pH', NULL, 'instant', NULL);
        INSERT INTO checklist_template (id, code, phase, industry_code, title_zh, title_en)
        VALUES ('t-post', 'POST-GENERAL', 'post_issuance', NULL, '通用', 'general'),
               ('t-post-4411', 'POST-4411', 'post_issuance', '4411', '火电', 'thermal power'),
               ('t-pre', 'PRE-GENERAL', 'pre_issuance', NULL, '核发前', 'before issuance');
        INSERT INTO checklist_item (id, template_id, ordinal, code, severity, text_zh, text_en)
        VALUES ('i-p01', 't-post', 1, 'P01', 'major', '正本', 'Permit original displayed'),
               ('i-p02', 't-post', 2, 'P02', 'critical', '排污口', 'Every outlet on the permit'),
               ('i-k01', 't-post-4411', 1, 'K01', 'major', '正本', 'Permit original displayed'),
               ('i-k02', 't-post-4411', 2, 'K02', 'critical', 'CEMS', 'CEMS running'),
               ('i-k03', 't-post-4411', 3, 'K03', 'minor', '台账', 'Ledgers complete'),
               ('i-a01', 't-pre', 1, 'A01', 'minor', '材料', 'Application complete');
        INSERT INTO inspector (id, code, name, role, certificate_no, active)
        VALUES ('0190a000-0000-7000-8000-000000000001', 'I001', '张敏', 'inspector',
                '44030620190011', 1),
               ('0190a000-0000-7000-8000-000000000002', 'I002', '林晓燕', 'inspector',
                '44030620200027', 1),
               ('0190a000-0000-7000-8000-000000000003', 'I003', '黄建华', 'inspector', NULL, 1),
               ('0190a000-0000-7000-8000-000000000004', 'I004', '刘海涛', 'inspector',
                '44031120210042', 0);
    )"_s);
}

// Reference data plus the local stand-in for enrolment.
inline void prepareDevice(outfall::mobile::DeviceSession &session)
{
    addReferenceData(session.database());
    session.setInspector(*outfall::sync::Uuid::fromText(kInspectorId),
        outfall::mobile::DeviceIdentity::Source::Test);
}

} // namespace inspectiontest

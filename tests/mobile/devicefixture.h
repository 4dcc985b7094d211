#pragma once

// A device store with a few permits, for the mobile core and model tests.
#include "store/database.h"

#include <QString>

inline void addTestPermit(outfall::store::Database &db, const QString &n, const QString &uscc,
    const QString &name, const QString &nameEn, int outlets)
{
    using namespace Qt::StringLiterals;
    db.prepare(u"INSERT INTO enterprise (id, uscc, name, name_en, industry_code, lat, lon,"
               u" updated_at) VALUES (?1, ?2, ?3, ?4, '4411', 22.5, 114.0, 0)"_s)
        .bind(1, u"e"_s + n)
        .bind(2, uscc)
        .bind(3, name)
        .bind(4, nameEn)
        .exec();
    db.prepare(u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
               u" issued_on, authority, industry_code, content_hash, updated_at)"
               u" VALUES (?1, ?2, ?3, 1, '2024-01-01', '2029-01-01', '2024-01-01', 'a', '4411',"
               u" 'h', 0)"_s)
        .bind(1, u"p"_s + n)
        .bind(2, uscc + u"001P"_s)
        .bind(3, u"e"_s + n)
        .exec();
    for (int i = 1; i <= outlets; ++i) {
        db.prepare(u"INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon)"
                   u" VALUES (?1, ?2, ?3, 'stack', 'air', 'main', 22.5, 114.0)"_s)
            .bind(1, u"o"_s + n + QString::number(i))
            .bind(2, u"p"_s + n)
            .bind(3, u"DA%1"_s.arg(i, 3, 10, QChar(u'0')))
            .exec();
    }
}

inline void addThreeTestPermits(outfall::store::Database &db)
{
    using namespace Qt::StringLiterals;
    addTestPermit(db, u"1"_s, u"91440300MA5D8G6X2R"_s, u"深圳南山热电有限公司"_s,
        u"Nanshan Thermal Power"_s, 2);
    addTestPermit(db, u"2"_s, u"91130200699229617X"_s, u"宝安纸业有限公司"_s,
        u"Bao'an Paper 100%_Recycled"_s, 1);
    addTestPermit(db, u"3"_s, u"91350100M000100Y43"_s, u"龙岗电镀厂"_s, u"Longgang Plating"_s, 0);
}

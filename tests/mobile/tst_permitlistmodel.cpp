// PermitListModel: rows and roles from the session's store, filtering by query, reload on
// dataChanged, and the model contract (QAbstractItemModelTester).
#include "core/devicestore.h"
#include "devicefixture.h"
#include "models/lists/permitlistmodel.h"
#include "models/session/appsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestPermitListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<AppSession>(m_dir.filePath(u"profile"_s));
        addThreeTestPermits(m_session->database());
    }

    void rolesAndFilter()
    {
        PermitListModel model(m_session.get());
        model.setLanguage(u"zh_CN"_s); // the registered names
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy countSpy(&model, &PermitListModel::countChanged);
        model.setQuery(u"paper"_s);
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(PermitListModel::NumberRole), QByteArray("number"));
        QCOMPARE(
            model.data(row, PermitListModel::NumberRole).toString(), u"91130200699229617X001P"_s);
        QCOMPARE(model.data(row, PermitListModel::NameRole).toString(), u"宝安纸业有限公司"_s);
        QCOMPARE(model.data(row, PermitListModel::OutletCountRole).toInt(), 1);
        QCOMPARE(model.data(row, PermitListModel::LatitudeRole).toDouble(), 22.5);
        QVERIFY(!model.data(model.index(5), PermitListModel::NameRole).isValid());
    }

    void reloadsWhenTheSessionDataChanges()
    {
        PermitListModel model(m_session.get());
        QCOMPARE(model.rowCount(), 3);
        addTestPermit(m_session->database(), u"4"_s, u"91440300MA5D8G6X2R"_s.replace(0, 2, u"92"_s),
            u"新厂"_s, u"New plant"_s, 0);
        QCOMPARE(model.rowCount(), 3); // not yet told
        Q_EMIT m_session->dataChanged();
        QCOMPARE(model.rowCount(), 4);
    }

    void namesInTheUiLanguageAndSearchBoth()
    {
        PermitListModel model(m_session.get());
        model.setLanguage(u"zh_CN"_s);
        model.setQuery(u"纸业"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), PermitListModel::NameRole).toString(),
            u"宝安纸业有限公司"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), PermitListModel::NameRole).toString(),
            u"Bao'an Paper 100%_Recycled"_s);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(),
            u"Bao'an Paper 100%_Recycled"_s);
        // Either name finds the permit, whatever the UI language.
        model.setQuery(u"BAO'AN"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), PermitListModel::NameRole).toString(),
            u"宝安纸业有限公司"_s);

        // No English name: the Chinese one in English too.
        m_session->database().exec(
            u"UPDATE enterprise SET name_en = NULL WHERE name = '龙岗电镀厂'"_s);
        model.setLanguage(u"en"_s);
        model.setQuery(u"龙岗"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), PermitListModel::NameRole).toString(), u"龙岗电镀厂"_s);
        m_session->database().exec(
            u"UPDATE enterprise SET name_en = 'Longgang Plating' WHERE name = '龙岗电镀厂'"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermitListModel)
#include "tst_permitlistmodel.moc"

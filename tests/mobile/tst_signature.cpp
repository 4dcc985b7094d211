// Signatures: SignatureStrokes encodes compactly and decodes exactly (malformed bytes are
// refused), SignaturePad collects strokes, and SignatureController stores them with the
// signature, records a refusal with the name, and refuses an empty pad, a dot, a line or a
// scribble in a corner (too little to be a signature), or a second one.
#include "appinspectionfixture.h"
#include "core/signaturestrokes.h"
#include "models/controllers/signaturecontroller.h"
#include "models/painted/signaturepad.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall::models;
using outfall::mobile::SignatureStrokes;

namespace {

// A handwriting-like curve: a few hundred points a few pixels apart.
void drawSignature(SignaturePad &pad)
{
    pad.setSize(QSizeF(600, 220));
    for (int stroke = 0; stroke < 3; ++stroke) {
        pad.beginStroke(QPointF(40 + stroke * 180, 110));
        for (int i = 1; i < 120; ++i) {
            const double t = i / 10.0;
            pad.extendStroke(QPointF(40 + stroke * 180 + t * 12, 110 + 60 * std::sin(t + stroke)));
        }
    }
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void strokesRoundTripCompactly()
    {
        SignaturePad pad;
        drawSignature(pad);
        QCOMPARE(pad.strokeCount(), 3);
        const SignatureStrokes strokes = pad.strokes();
        QVERIFY(strokes.pointCount() > 300);
        const QByteArray bytes = strokes.encode();
        // Deltas of a few pixels take one byte a coordinate.
        QVERIFY2(bytes.size() < strokes.pointCount() * 2 + 16,
            qPrintable(QString::number(bytes.size())));
        const auto decoded = SignatureStrokes::decode(bytes);
        QVERIFY(decoded);
        QCOMPARE(*decoded, strokes);
        QCOMPARE(decoded->padSize, QSize(600, 220));

        SignatureStrokes negative {
            QSize(10, 10), {{QPoint(5, 5), QPoint(-70000, 3), QPoint(2, -1)}}};
        QCOMPARE(SignatureStrokes::decode(negative.encode()), std::optional(negative));
    }

    void malformedStrokesAreRefused()
    {
        const QByteArray good =
            SignatureStrokes {QSize(100, 50), {{QPoint(1, 2), QPoint(3, 4)}}}.encode();
        QVERIFY(SignatureStrokes::decode(good));
        QVERIFY(!SignatureStrokes::decode({}));
        QVERIFY(!SignatureStrokes::decode(good.left(good.size() - 1))); // truncated
        QVERIFY(!SignatureStrokes::decode(good + '\0')); // trailing byte
        QByteArray wrongVersion = good;
        wrongVersion[0] = 9;
        QVERIFY(!SignatureStrokes::decode(wrongVersion));
        // A claimed billion strokes is not believed.
        QVERIFY(!SignatureStrokes::decode(QByteArray::fromHex("010a0a80f0d0b004")));
    }

    void padClears()
    {
        SignaturePad pad;
        QVERIFY(pad.isEmpty());
        QSignalSpy changed(&pad, &SignaturePad::strokesChanged);
        drawSignature(pad);
        QVERIFY(!pad.isEmpty());
        pad.clear();
        QVERIFY(pad.isEmpty());
        QVERIFY(changed.size() >= 2);
        pad.setReadOnly(true);
        pad.beginStroke({1, 1});
        QVERIFY(pad.isEmpty()); // a shown signature cannot be drawn on
    }

    // The minimum of a signature: ink of half the pad's width, over a fifth of its width and
    // 15 % of its height. A dot, a tick, a line either way or a scribble in a corner is refused.
    void tooLittleIsNotASignature_data()
    {
        QTest::addColumn<QList<QList<QPoint>>>("strokes");
        QTest::addColumn<bool>("enough");
        QTest::newRow("dot") << QList<QList<QPoint>> {{{300, 110}}} << false;
        QTest::newRow("tick") << QList<QList<QPoint>> {{{300, 110}, {320, 130}, {360, 80}}}
                              << false;
        QTest::newRow("horizontal line")
            << QList<QList<QPoint>> {{{40, 150}, {300, 150}, {560, 152}}} << false;
        QTest::newRow("vertical line")
            << QList<QList<QPoint>> {{{300, 10}, {302, 110}, {300, 210}}} << false;
        QList<QPoint> scribble; // much ink, all in a 60 × 30 px corner
        for (int i = 0; i < 40; ++i)
            scribble.append(QPoint(20 + (i % 2) * 60, 20 + i % 30));
        QTest::newRow("scribble in a corner") << QList<QList<QPoint>> {scribble} << false;
        // 张: strokes down, across and diagonal, 130 × 120 px; then a second character.
        const QList<QList<QPoint>> name {
            {{60, 50}, {120, 50}, {120, 80}, {70, 80}, {70, 120}, {125, 120}, {110, 160}},
            {{150, 40}, {150, 170}}, {{135, 90}, {190, 60}}, {{150, 110}, {195, 165}},
            {{230, 50}, {300, 50}}, {{265, 50}, {240, 160}}, {{250, 100}, {310, 160}}};
        QTest::newRow("a name in two characters") << name << true;
    }

    void tooLittleIsNotASignature()
    {
        QFETCH(QList<QList<QPoint>>, strokes);
        QFETCH(bool, enough);
        const SignatureStrokes drawn {QSize(600, 220), strokes};
        QCOMPARE(drawn.shortfall().isEmpty(), enough);
        SignaturePad pad;
        pad.setSize(QSizeF(600, 220));
        for (const auto &stroke : strokes) {
            pad.beginStroke(stroke.first());
            for (const QPoint &p : stroke.mid(1))
                pad.extendStroke(p);
        }
        QCOMPARE(pad.shortfall(), drawn.shortfall());
        SignatureController signatures(m_fixture.app.get());
        signatures.setInspectionId(m_fixture.startInspectionReadyToSign());
        QCOMPARE(signatures.signAsInspector(u"张敏"_s, &pad), enough);
        // The lead's signature (inspectorSigned waits for the whole team).
        QCOMPARE(signatures.inspectors().first().toMap()[u"signed"_s].toBool(), enough);
        if (!enough) {
            QVERIFY2(signatures.lastError().contains(u"too little to be a signature"_s),
                qPrintable(signatures.lastError()));
            QVERIFY(!pad.isEmpty()); // kept: the signer adds to it or clears it
        }
    }

    void signaturesAreStoredWithTheirStrokes()
    {
        SignatureController signatures(m_fixture.app.get());
        signatures.setInspectionId(m_fixture.startInspectionReadyToSign());
        QCOMPARE(signatures.inspectorName(), u"张敏"_s);
        SignaturePad pad;
        QVERIFY(!signatures.signAsInspector(u"张敏"_s, &pad)); // nothing drawn
        QCOMPARE(signatures.lastError(), u"Sign on the pad first."_s);

        drawSignature(pad);
        const SignatureStrokes drawn = pad.strokes();
        QVERIFY2(signatures.signAsInspector(u"张敏"_s, &pad), qPrintable(signatures.lastError()));
        QVERIFY(signatures.inspectors().first().toMap()[u"signed"_s].toBool());
        QVERIFY(!signatures.inspectorSigned()); // the second inspector has not signed yet
        QVERIFY(pad.isEmpty()); // ready for the next signer
        QCOMPARE(SignatureStrokes::decode(signatures.storedStrokes(u"inspector"_s)),
            std::optional(drawn));

        // Shown back: the name as signed, the time (in the UI language, English here, 24-hour),
        // the strokes for a read-only pad.
        QCOMPARE(signatures.inspectorSignerName(), u"张敏"_s);
        QCOMPARE(signatures.inspectorSignedAt(),
            QDateTime::fromMSecsSinceEpoch(
                m_fixture.count(
                    u"SELECT signed_at FROM signature WHERE signer_role = 'inspector'"_s))
                .toString(u"d MMM yyyy HH:mm"_s));
        QVERIFY(!signatures.inspectorSignedAt().isEmpty());
        SignaturePad shown;
        shown.setReadOnly(true);
        shown.setEncoded(signatures.inspectorStrokes());
        QCOMPARE(shown.strokes(), drawn);
        QVERIFY(signatures.representativeStrokes().isEmpty());
        QVERIFY(signatures.representativeSignedAt().isEmpty());

        drawSignature(pad);
        QVERIFY(!signatures.signAsInspector(u"张敏"_s, &pad)); // one a role
        QVERIFY(signatures.lastError().contains(u"already"_s));
    }

    void refusalIsRecordedWithTheWitness()
    {
        SignatureController signatures(m_fixture.app.get());
        signatures.setInspectionId(m_fixture.startInspectionReadyToSign());
        SignaturePad witness;
        drawSignature(witness);
        QVERIFY(!signatures.recordRefusal(u" "_s, u"李娜"_s, &witness));
        // The witness is required, by name and signature; nothing is stored without them.
        QVERIFY(!signatures.recordRefusal(u"王经理"_s, u" "_s, &witness));
        QCOMPARE(signatures.lastError(), u"Enter the name of the witness who saw the refusal."_s);
        SignaturePad blank;
        QVERIFY(!signatures.recordRefusal(u"王经理"_s, u"李娜"_s, &blank));
        QCOMPARE(signatures.lastError(), u"The witness signs on the pad first."_s);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM signature"_s), 0);
        const SignatureStrokes drawn = witness.strokes();
        QVERIFY2(signatures.recordRefusal(u"王经理"_s, u"李娜"_s, &witness),
            qPrintable(signatures.lastError()));
        QCOMPARE(signatures.representativeState(), u"refused"_s);
        QCOMPARE(signatures.representativeName(), u"王经理"_s);
        QCOMPARE(signatures.witnessName(), u"李娜"_s);
        QCOMPARE(SignatureStrokes::decode(signatures.witnessStrokes()), std::optional(drawn));
        QVERIFY(!signatures.representativeSignedAt().isEmpty()); // when it was refused
        QVERIFY(signatures.representativeStrokes().isEmpty()); // the representative drew nothing
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM signature WHERE refused = 1 AND"
                                 u" signer_name = '王经理' AND strokes IS NULL"
                                 u" AND witness_name = '李娜' AND witness_strokes IS NOT NULL"_s),
            1);
        SignaturePad pad;
        drawSignature(pad);
        QVERIFY(!signatures.signAsRepresentative(u"王经理"_s, &pad));
    }

    // Every member of the team is listed with their certificate and signs for themself.
    void everyMemberOfTheTeamSigns()
    {
        SignatureController signatures(m_fixture.app.get());
        signatures.setInspectionId(m_fixture.startInspectionReadyToSign());
        QCOMPARE(signatures.inspectors().size(), 2);
        const QVariantMap lead = signatures.inspectors()[0].toMap();
        const QVariantMap second = signatures.inspectors()[1].toMap();
        QVERIFY(lead[u"lead"_s].toBool());
        QCOMPARE(lead[u"certificateNo"_s].toString(), u"44030620190011"_s);
        QCOMPARE(second[u"name"_s].toString(), u"林晓燕"_s);
        SignaturePad pad;
        drawSignature(pad);
        QVERIFY(signatures.signAsInspector(u"张敏"_s, &pad));
        QVERIFY(!signatures.inspectorSigned()); // one of two
        QVERIFY(signatures.inspectors()[0].toMap()[u"signed"_s].toBool());
        QVERIFY(!signatures.inspectors()[1].toMap()[u"signed"_s].toBool());
        drawSignature(pad);
        QVERIFY(!signatures.signAsMember(u"0190a000-0000-7000-8000-000000000003"_s, u"黄建华"_s,
            &pad)); // not on the team
        QVERIFY2(signatures.lastError().contains(u"not on this inspection's team"_s),
            qPrintable(signatures.lastError()));
        QVERIFY(signatures.signAsMember(second[u"inspectorId"_s].toString(), u"林晓燕"_s, &pad));
        QVERIFY(signatures.inspectorSigned());
        QCOMPARE(signatures.inspectors()[1].toMap()[u"signerName"_s].toString(), u"林晓燕"_s);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM signature WHERE certificate_no ="
                                 u" '44030620200027' AND inspector_id = '%1'"_s.arg(
                                     second[u"inspectorId"_s].toString())),
            1);
    }

    // Alone, or before the production state is recorded, nobody signs; the reason is said.
    void signingWaitsForTheTeamAndTheProduction()
    {
        SignatureController signatures(m_fixture.app.get());
        signatures.setInspectionId(m_fixture.startInspection());
        SignaturePad pad;
        drawSignature(pad);
        QVERIFY(!signatures.signAsInspector(u"张敏"_s, &pad));
        QVERIFY2(signatures.lastError().contains(u"production state"_s),
            qPrintable(signatures.lastError()));
        outfall::mobile::InspectionService(m_fixture.app->session())
            .recordProduction(signatures.inspectionId(), u"stopped"_s);
        QVERIFY(!signatures.signAsInspector(u"张敏"_s, &pad));
        QVERIFY2(signatures.lastError().contains(u"at least 2 inspectors"_s),
            qPrintable(signatures.lastError()));
        QVERIFY(!pad.isEmpty()); // kept for when it can be signed
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM signature"_s), 0);
    }
};

QTEST_MAIN(TestSignature)
#include "tst_signature.moc"

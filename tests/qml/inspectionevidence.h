#pragma once

// Evidence of every kind in the started inspection of inspectionprofile.h, recorded through the
// models the page uses: two answers, a corrected measurement, the inspector's signature and the
// representative's refusal, a photo. For the screenshots and the layout test (rows in every list).
#include "models/controllers/inspectionteamcontroller.h"
#include "models/controllers/measurementform.h"
#include "models/controllers/photocontroller.h"
#include "models/controllers/signaturecontroller.h"
#include "models/lists/checklistmodel.h"
#include "models/painted/signaturepad.h"

#include <QDir>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <cstdio>

inline void recordInspectionEvidence(
    outfall::models::AppSession *app, const QString &inspectionId, const QString &dir)
{
    using namespace Qt::StringLiterals;
    using namespace outfall;
    models::ChecklistModel checklist(app);
    checklist.setInspectionId(inspectionId);
    checklist.answer(u"K01"_s, u"compliant"_s);
    checklist.answer(
        u"K02"_s, u"non_compliant"_s, u"CEMS analyser off since Monday, no manual sampling"_s);

    models::MeasurementForm form(app);
    form.setInspectionId(inspectionId);
    form.setValueText(u"31.2"_s);
    form.setO2Text(u"8.4"_s);
    form.setInstrumentId(u"PA-0417"_s);
    form.record();
    // Corrected: the value was misread. The first stays, struck through.
    form.beginCorrection(form.recordedMeasurements().first().toMap()[u"id"_s].toString());
    form.setValueText(u"32.1"_s);
    form.record();

    models::SignaturePad pad;
    pad.setSize(QSizeF(600, 200));
    for (int stroke = 0; stroke < 3; ++stroke) {
        pad.beginStroke(QPointF(60 + stroke * 170, 110));
        for (int i = 1; i < 90; ++i) {
            const double t = i / 8.0;
            pad.extendStroke(
                QPointF(60 + stroke * 170 + t * 13, 110 + 45 * std::sin(t * 1.3 + stroke)));
        }
    }
    // What signing needs first: the production seen and the second inspector.
    models::InspectionTeamController team(app);
    team.setInspectionId(inspectionId);
    team.recordProduction(u"partial"_s, u"70"_s);
    team.addInspector(u"0190a000-0000-7000-8000-000000000002"_s);
    models::SignatureController signatures(app);
    signatures.setInspectionId(inspectionId);
    const QByteArray drawn = pad.encoded();
    signatures.signAsInspector(u"张敏"_s, &pad);
    pad.setEncoded(drawn);
    signatures.signAsMember(u"0190a000-0000-7000-8000-000000000002"_s, u"林晓燕"_s, &pad);
    pad.setEncoded(drawn);
    signatures.recordRefusal(u"王经理"_s, u"李娜"_s, &pad);

    // A stand-in camera picture: sky, a stack, the ground.
    QImage picture(3000, 2000, QImage::Format_RGB32);
    QPainter painter(&picture);
    QLinearGradient sky(0, 0, 0, 1400);
    sky.setColorAt(0, QColor(120, 170, 220));
    sky.setColorAt(1, QColor(210, 225, 235));
    painter.fillRect(0, 0, 3000, 1400, sky);
    painter.fillRect(0, 1400, 3000, 600, QColor(120, 110, 90));
    painter.fillRect(1300, 300, 260, 1100, QColor(150, 150, 150));
    painter.fillRect(1300, 380, 260, 60, QColor(200, 40, 40));
    painter.end();
    const QString file = QDir(dir).filePath(u"DA001.jpg"_s);
    picture.save(file, "JPG", 90);
    models::PhotoController photos(app);
    photos.setInspectionId(inspectionId);
    photos.setSubject(u"DA001"_s);
    photos.setCaption(u"1# boiler stack, sampling port"_s);
    if (!photos.recordCapture(file)) // as the camera would have taken it
        std::fprintf(stderr, "photo: %s\n", qPrintable(photos.lastError()));
}

// bench_checklist PROFILE [ROUNDS]: what one checklist answer costs the app's GUI thread
// (issue 9: "the checklist is slow").
//
// PROFILE is a device profile with synced reference data and reported values, e.g. the one a
// scripts/xday run leaves (build/xday/work-1280x800-en/device). It is copied to a temporary
// directory; an inspection of the route's first permit is started at its first outlet, and
// each round (default 3) answers every checklist item as the page does, through the
// InspectionController's ChecklistModel::answer (compliant, then non-compliant with a note,
// alternately: every answer is a new row). Prints the median and p95 of the time answer()
// holds the calling thread (the GUI thread in the app: nothing is drawn meanwhile), the time
// until the visit's findings are up to date after the last answer, and, as baselines in the
// same run, the same answers with the provisional rules run in each (what the app did before
// issue 9's fix), InspectionProgress::detail and VisitFindings::of alone.
// Prints figures; asserts nothing (DESIGN.md, Tests).
#include "benchfigures.h"
#include "core/inspectionprogress.h"
#include "core/positionsample.h"
#include "core/visitfindings.h"
#include "models/controllers/inspectioncontroller.h"
#include "models/lists/checklistmodel.h"
#include "models/lists/findinglistmodel.h"
#include "models/session/appsession.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace benchfigures;

namespace {

bool copyProfile(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists(u"device.db"_s))
        return false;
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

// Waits (running the event loop) until `done` holds or 60 s have passed.
template<typename Done>
bool settle(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_checklist PROFILE [ROUNDS]\n");
        return 2;
    }
    bool ok = true;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt(&ok) : 3;
    if (!ok || rounds < 1) {
        std::fprintf(stderr, "bench_checklist: ROUNDS must be a positive number\n");
        return 2;
    }
    QTemporaryDir scratch;
    const QString profile = scratch.filePath(u"device"_s);
    if (!QDir().mkpath(profile) || !copyProfile(QString::fromLocal8Bit(argv[1]), profile)) {
        std::fprintf(stderr, "bench_checklist: %s: no device.db to copy\n", argv[1]);
        return 1;
    }
    models::AppSession session(profile);
    store::Database &db = session.database();

    auto first = db.prepare(u"SELECT a.permit_id, o.lat, o.lon FROM assignment a"
                            u" JOIN outlet o ON o.permit_id = a.permit_id"
                            u" ORDER BY a.route_order, o.code LIMIT 1"_s);
    if (!first.step()) {
        std::fprintf(stderr, "bench_checklist: the profile has no assigned permit\n");
        return 1;
    }
    const QString permitId = first.text(0);
    const mobile::PositionSample here {first.real(1), first.real(2), 3.0};

    models::InspectionController inspection(&session);
    inspection.setPermitId(permitId);
    if (!inspection.startAt(here, false, true)) {
        std::fprintf(stderr, "bench_checklist: no inspection started: %s\n",
            qPrintable(inspection.lastError()));
        return 1;
    }
    models::ChecklistModel &checklist = *inspection.checklist();
    QStringList codes;
    for (int row = 0; row < checklist.rowCount(); ++row)
        codes << checklist.index(row).data(models::ChecklistModel::CodeRole).toString();

    std::printf("bench_checklist: permit %s, %lld checklist items, %d round(s)\n",
        qPrintable(inspection.permitNumber()), static_cast<long long>(codes.size()), rounds);
    std::vector<double> answers;
    for (int round = 0; round < rounds; ++round) {
        const bool compliant = round % 2 == 0;
        for (const QString &code : std::as_const(codes)) {
            QElapsedTimer timer;
            timer.start();
            if (!checklist.answer(code, compliant ? u"compliant"_s : u"non_compliant"_s,
                    compliant ? QString() : u"seen on site"_s)) {
                std::fprintf(stderr, "bench_checklist: %s not answered: %s\n", qPrintable(code),
                    qPrintable(checklist.lastError()));
                return 1;
            }
            answers.push_back(millis(timer));
            QCoreApplication::processEvents(); // the page draws between two taps
        }
    }
    QElapsedTimer settling;
    settling.start();
    settle([&] { return !inspection.findings()->loading(); });
    const double findingsMs = millis(settling);

    // The baseline: the same answers with the provisional rules run in the answer, on the
    // calling thread, as InspectionController::refresh did before (issue 9).
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    std::vector<double> synchronous;
    for (int round = 0; round < rounds; ++round) {
        const bool compliant = round % 2 != 0; // each answer a change from the loop above
        for (const QString &code : std::as_const(codes)) {
            QElapsedTimer timer;
            timer.start();
            checklist.answer(code, compliant ? u"compliant"_s : u"non_compliant"_s,
                compliant ? QString() : u"seen again"_s);
            mobile::VisitFindings(db).of(inspection.inspectionId(), today);
            synchronous.push_back(millis(timer));
            QCoreApplication::processEvents();
        }
    }
    settle([&] { return !inspection.findings()->loading(); });

    std::vector<double> details;
    std::vector<double> rules;
    qsizetype flags = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        mobile::InspectionProgress(db).detail(inspection.inspectionId());
        details.push_back(millis(timer));
        timer.restart();
        flags = mobile::VisitFindings(db).of(inspection.inspectionId(), today).size();
        rules.push_back(millis(timer));
    }

    std::printf("\nOne answer, on the calling (GUI) thread (%zu answers)\n", answers.size());
    line("answer(): median", percentile(answers, 50), "ms");
    line("answer(): p95", percentile(answers, 95), "ms");
    line("findings up to date after the last answer", findingsMs, "ms");
    line("baseline, the rules in the answer: median", percentile(synchronous, 50), "ms");
    line("baseline, the rules in the answer: p95", percentile(synchronous, 95), "ms");
    std::printf("\nBaselines (median of 7)\n");
    line("InspectionProgress::detail", percentile(details, 50), "ms");
    line("VisitFindings::of (the provisional rules)", percentile(rules, 50), "ms");
    std::printf("  (%lld provisional finding(s) on this visit)\n", static_cast<long long>(flags));
    return 0;
}

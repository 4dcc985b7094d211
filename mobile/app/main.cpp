// outfall: the inspector's tablet app. Thin entry point: open the device profile, load
// qrc:/Outfall/Main.qml. `--self-test` loads every QML file of the app and fails on any
// QML warning (run by CTest).
#include "app/selftest.h"
#include "models/appsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(OutfallPlugin)
Q_IMPORT_QML_PLUGIN(Outfall_ModelsPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"outfall"_s);
    QGuiApplication::setOrganizationName(u"Outfall"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Outfall field inspection app"_s);
    parser.addHelpOption();
    const QCommandLineOption profileOption(
        u"profile"_s, u"Device profile directory (default: the app data location)."_s, u"DIR"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, u"Load every QML file; exit non-zero on any QML warning."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        u"Render the window, save it as FILE (PNG) and quit (docs, tests)."_s, u"FILE"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, u"Window size, e.g. 1280x800 or 800x1280."_s, u"WxH"_s, u"1280x800"_s);
    parser.addOption(profileOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(selfTestOption);
    parser.process(app);

    QString profile = parser.value(profileOption);
    if (profile.isEmpty())
        profile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(u"profile"_s);

    std::unique_ptr<outfall::models::AppSession> session;
    try {
        session = std::make_unique<outfall::models::AppSession>(profile);
    } catch (const std::exception &e) {
        std::fprintf(
            stderr, "outfall: cannot open profile %s: %s\n", qPrintable(profile), e.what());
        return 1;
    }
    outfall::models::AppSession::setInstance(session.get());

    if (parser.isSet(selfTestOption))
        return outfall::app::SelfTest().run();

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s); // where qt_add_qml_module puts module Outfall (Qt 6.4)
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Outfall/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    const QStringList size = parser.value(sizeOption).split(u'x');
    if (size.size() == 2)
        window->resize(size[0].toInt(), size[1].toInt());
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Give the scene graph a few frames to lay out and render before grabbing.
        QTimer::singleShot(800, window, [window, file] {
            const bool saved = window->grabWindow().save(file);
            if (!saved)
                std::fprintf(stderr, "outfall: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

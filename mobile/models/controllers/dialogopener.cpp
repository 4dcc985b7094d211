#include "models/controllers/dialogopener.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::models {

DialogOpener::DialogOpener(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{ }

DialogOpener *DialogOpener::create(QQmlEngine *engine, QJSEngine *)
{
    return new DialogOpener(engine);
}

bool DialogOpener::isDialog(const QObject *object)
{
    return object && object->inherits("QQuickAbstractDialog");
}

bool DialogOpener::isPopup(const QObject *object)
{
    return object && object->inherits("QQuickPopup");
}

QString DialogOpener::dialogType(const QObject *dialog)
{
    // QQuickFileDialog, QQuickFolderDialog, QQuickMessageDialog... (QML subclasses of them
    // have generated names: walk up to Qt's own class).
    for (const QMetaObject *meta = dialog->metaObject(); meta; meta = meta->superClass()) {
        const QString name = QString::fromLatin1(meta->className());
        if (name.startsWith(u"QQuick"_s) && name.endsWith(u"Dialog"_s)
            && name != u"QQuickAbstractDialog"_s)
            return name.mid(6);
    }
    return {};
}

QString DialogOpener::missingModule(const QString &qmlErrors)
{
    static const QRegularExpression notInstalled(u"module \"([^\"]+)\" is not installed"_s);
    return notInstalled.match(qmlErrors).captured(1);
}

QString DialogOpener::debianPackage(const QString &module)
{
    return u"qml6-module-"_s + module.toLower().replace(u'.', u'-');
}

QString DialogOpener::implementationErrors(QQmlEngine *engine, const QString &type)
{
    static QHash<QString, QString> cache; // engine address + type: one answer per engine
    const QString key = QString::number(reinterpret_cast<quintptr>(engine)) + u'/' + type;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    // The file Qt's dialog loads itself on open() (QQuickPlatformFileDialog and its kin), through
    // the engine's file selectors (the style's variant), compiled here but not created.
    QQmlComponent component(engine,
        QUrl(u"qrc:/qt-project.org/imports/QtQuick/Dialogs/quickimpl/qml/%1.qml"_s.arg(type)));
    QString errors;
    if (component.isError())
        errors = component.errorString();
    else if (!component.isReady())
        errors = u"the implementation of %1 did not load"_s.arg(type);
    cache.insert(key, errors);
    return errors;
}

QString DialogOpener::problem(QQmlEngine *engine, const QObject *dialog)
{
    if (!dialog)
        return tr("There is no dialog to open.");
    if (!isDialog(dialog))
        return isPopup(dialog) ? QString() : tr("%1 is not a dialog.").arg(dialog->objectName());
    const QString type = dialogType(dialog);
    if (!engine || type.isEmpty())
        return {};
    const QString errors = implementationErrors(engine, type);
    if (errors.isEmpty())
        return {};
    const QString title = dialog->property("title").toString();
    const QString name = title.isEmpty() ? type : title;
    if (const QString module = missingModule(errors); !module.isEmpty()) {
        return tr("“%1” cannot open: the QML module %2 is not installed on this device "
                  "(Debian package %3).")
            .arg(name, module, debianPackage(module));
    }
    return tr("“%1” cannot open: %2").arg(name, errors.trimmed());
}

QString DialogOpener::open(QObject *dialog)
{
    const QString why = problem(m_engine, dialog);
    if (!why.isEmpty()) {
        qWarning().noquote() << why;
        return why;
    }
    QMetaObject::invokeMethod(dialog, "open");
    return {};
}

} // namespace outfall::models

#pragma once

#include "core/openflags.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The Flags page: the discrepancy flags of the device's permits, open ones first and most
// severe first, the message and enterprise name in the UI language (`language` follows
// UiLanguage); each with its computation (inputs with units, steps), the thumbnails of the
// photos it rests on, its state, and whether it is the server's verdict or provisional (raised
// on this tablet by the rules that run offline, not yet judged by the server).
// The provisional flags run the rules over every permit the tablet holds: that is computed on
// a worker thread with its own connection to the store (reload() returns at once, `loading`
// says it runs, the rows arrive with loaded()), so the page stays responsive.
class FlagListModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The flags are being computed; the rows shown are the previous ones until loaded().
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Why the flags could not be read (the store failed); empty when they were.
    Q_PROPERTY(QString lastError READ lastError NOTIFY loadingChanged)

public:
    enum Role {
        FlagIdRole = Qt::UserRole + 1,
        SeverityRole, // violation / warning / info
        SeverityTextRole,
        MessageRole,
        PermitNumberRole,
        EnterpriseNameRole,
        SubjectTextRole, // outlet · pollutant · period, as far as known
        StateRole, // open, acknowledged, closed…
        StateTextRole,
        ProvisionalRole, // bool
        VerdictTextRole, // whose verdict it is, said plainly
        InputsTextRole, // "field value 52.4 mg/Nm3 · limit 35 mg/Nm3"
        StepsTextRole, // one line a step
        EvidenceUrlsRole, // file URLs of the photos it rests on that this tablet holds
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit FlagListModel(AppSession *session = nullptr, QObject *parent = nullptr);
    ~FlagListModel() override;

    // What a computation hands back to the GUI thread.
    struct Loaded
    {
        QList<mobile::OpenFlag> rows;
        QList<QVariantList> photoUrls; // by row: its evidence thumbnails
        QString error;
    };
    // Reads the server's flags and computes the provisional ones on the store in profileDir
    // (its own connection: callable on any thread); thumbnails from photoDir.
    static Loaded compute(const QString &profileDir, const QString &photoDir);

    bool loading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void languageChanged();
    void loadingChanged();
    // The rows of the latest reload() are in.
    void loaded();

private:
    void sessionAttached() override;
    void take();

    QFutureWatcher<Loaded> m_watcher;
    bool m_loading = false;
    bool m_again = false; // reload() while computing: compute once more with what changed
    QString m_lastError;
    QList<mobile::OpenFlag> m_rows;
    QList<QVariantList> m_photoUrls; // by row: its evidence thumbnails

    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models

#pragma once

#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"
#include "rules/flag.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// This visit's discrepancies before signing (mobile::VisitFindings): provisional flags of the
// rules that run on the device, most severe first, each with its sentence in the UI language,
// the numbers it compared (with units) and its computation step by step, so the representative
// reads them before signing and the inspector can still gather evidence on site.
//
// The rules read the whole permit (its reported values too): they run on a worker thread with
// its own connection to the store, and a burst of records (answering the checklist item after
// item) is evaluated once, after a short pause, so a tap never waits for them.
class FindingListModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("Findings come from an InspectionController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY countChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // From reload() until the findings it asked for are shown.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        SeverityRole, // violation / warning / info
        SeverityTextRole,
        MessageRole,
        InputsTextRole, // "field value 52.4 mg/Nm3 · limit 35 mg/Nm3"
        StepsTextRole, // one line a step
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit FindingListModel(AppSession *session = nullptr, QObject *parent = nullptr);
    ~FindingListModel() override;

    // How long reload() waits for more records before evaluating.
    static constexpr int kSettleMs = 250;

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // The rows shown; reload() fills them from mobile::VisitFindings.
    void setFindings(const QList<rules::Flag> &findings);
    bool loading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Evaluates again once records stop coming for kSettleMs (the findings stay as they are
    // meanwhile).
    void reload();

Q_SIGNALS:
    void countChanged();
    void languageChanged();
    void loadingChanged();

private:
    struct Evaluated
    {
        QString inspectionId;
        QList<rules::Flag> findings;
    };
    static Evaluated evaluate(const QString &profileDir, const QString &inspectionId);
    void start();
    void take();
    void setLoading(bool loading);

    QString m_inspectionId;
    QTimer m_settle;
    QFutureWatcher<Evaluated> m_watcher;
    bool m_loading = false;
    bool m_again = false; // records came while evaluating: evaluate once more
    QList<rules::Flag> m_rows;
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models

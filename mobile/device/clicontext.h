#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <cstdint>
#include <memory>
#include <optional>

namespace outfall::mobile {
class DeviceSession;
}

namespace outfall::device {

// What a command works with: the profile (opened on first use, after the command line
// has been checked, so a usage error never creates a profile) and the output, which is
// either human text or one JSON object a command (--json, stable keys, for scripts).
class CliContext
{
public:
    CliContext(const QString &profileDir, bool json, QTextStream &out);
    ~CliContext();

    mobile::DeviceSession &session();
    bool json() const { return m_json; }

    // Prints the JSON object with --json, else the human text (a trailing newline added).
    void print(const QJsonObject &json, const QString &human);

    static QString instant(std::int64_t ms); // ISO 8601 UTC
    static QString instant(const std::optional<std::int64_t> &ms); // "-" when absent
    static QJsonValue jsonValue(const std::optional<double> &value);
    static QJsonValue jsonValue(const std::optional<std::int64_t> &value);

private:
    QString m_profileDir;
    bool m_json;
    QTextStream &m_out;
    std::unique_ptr<mobile::DeviceSession> m_session;
};

} // namespace outfall::device

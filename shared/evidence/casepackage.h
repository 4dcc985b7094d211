#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace outfall::evidence {

// The layout of an enforcement case package (docs/cases.md 3): what the server writes and
// the offline verifier reads. The names are the contract between them.
namespace casepackage {

inline constexpr int formatVersion = 1;

inline const QString manifestFile = QStringLiteral("manifest.json");
inline const QString manifestSignatureFile = QStringLiteral("manifest.sig");
inline const QString caseFile = QStringLiteral("case.json");
inline const QString treeHeadFile = QStringLiteral("tree-head.json");
inline const QString serverKeyFile = QStringLiteral("keys/server.pub");
inline const QString deviceKeyDir = QStringLiteral("keys/devices");
inline const QString recordDir = QStringLiteral("records");
inline const QString proofDir = QStringLiteral("proofs");
inline const QString photoDir = QStringLiteral("photos");
inline const QString flagDir = QStringLiteral("flags");
inline const QString reportFile = QStringLiteral("report.pdf");

// The entity numbers of the server's own case records in the evidence log (never synced):
// a case's creation, and each later action on it (an item added, an export).
inline constexpr std::uint8_t caseEntity = 24;
inline constexpr std::uint8_t caseActionEntity = 25;

// Canonical JSON: keys sorted (QJsonObject keeps them so), no white space, UTF-8.
QByteArray canonicalJson(const QJsonObject &object);

} // namespace casepackage
} // namespace outfall::evidence

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace outfall::importer {

// Reads another device with every "\r\r\n" turned into "\r\n". ECHO's effluent-chart download
// ends its lines that way (a CRLF written once more through a text-mode stream), which
// CsvReader would otherwise take as a carriage return inside the last field. Line numbers do
// not move: only a carriage return before a CRLF goes. Every byte of the source is read
// through, so ImportRun's hash and completeness checks see the whole file.
class CrCrLfFilter : public QIODevice
{
public:
    explicit CrCrLfFilter(QIODevice &source);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refill();

    QIODevice &m_source;
    QByteArray m_ready; // filtered, not yet handed out
    QByteArray m_held; // trailing carriage returns: what follows decides what they are
    bool m_sourceEnded = false;
};

} // namespace outfall::importer

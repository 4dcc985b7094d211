#include "demo/demogenerator.h"

#include "demo/anomalyplanner.h"
#include "demo/anomalyplanter.h"
#include "demo/demoapplication.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/enterprisefactory.h"
#include "demo/permitjson.h"
#include "demo/reporteddatawriter.h"
#include "demo/reportrow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::demo {

namespace {

// A file written through a large buffer and committed only when complete, so an
// interrupted run never leaves a plausible-looking half file.
class OutputFile
{
public:
    OutputFile(const QDir &dir, const QString &name)
        : m_file(dir.filePath(name))
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + m_file.fileName().toStdString() + ": "
                + m_file.errorString().toStdString());
    }

    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= (1 << 20))
            flush();
    }

    qint64 commit()
    {
        flush();
        if (!m_file.commit())
            throw std::runtime_error("cannot write " + m_file.fileName().toStdString() + ": "
                + m_file.errorString().toStdString());
        return m_written;
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw std::runtime_error("cannot write " + m_file.fileName().toStdString() + ": "
                + m_file.errorString().toStdString());
        m_written += m_buffer.size();
        m_buffer.clear();
    }

    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

qint64 writeWhole(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    OutputFile file(dir, name);
    file.write(bytes);
    return file.commit();
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options)
{ }

void DemoGenerator::setProgress(Progress progress, qint64 every)
{
    m_progress = std::move(progress);
    m_progressEvery = std::max<qint64>(1, every);
}

DemoSummary DemoGenerator::generate(const QString &outDir) const
{
    const QDir dir(outDir);
    if (!QDir().mkpath(outDir))
        throw std::runtime_error("cannot create " + outDir.toStdString());

    const IndustryMix mix(m_options.enterprises);
    const AnomalyPlanner planner(m_options, mix);
    const AnomalyPlanter planter(m_options);
    const EnterpriseFactory factory(m_options);
    const ReportedDataWriter reportWriter(m_options);

    OutputFile permits(dir, u"permits.jsonl"_s);
    std::unique_ptr<OutputFile> reports;
    if (m_options.reports) {
        reports = std::make_unique<OutputFile>(dir, u"reports.csv"_s);
        reports->write(ReportRow::header());
    }

    DemoSummary summary;
    QJsonArray anomalies;
    QByteArray reportBytes;
    for (qint64 index = 0; index < m_options.enterprises; ++index) {
        // Stream 0 is reserved; every enterprise draws from its own stream.
        DemoRandom rng = DemoRandom::forStream(m_options.seed, static_cast<quint64>(index) + 1);
        DemoPermit permit = factory.build(index, mix.industryOf(index), rng);
        ReportPlan plan;
        std::optional<AnomalyRecord> anomaly;
        if (const auto kind = planner.kindFor(index))
            anomaly = planter.prepare(*kind, permit, plan, rng);
        ReportedDataWriter::Result written;
        if (reports) {
            reportBytes.clear();
            written = reportWriter.write(permit, plan, rng, reportBytes);
            reports->write(reportBytes);
            summary.reportRows += written.rows;
        }
        if (anomaly) {
            planter.finish(*anomaly, permit, plan, written);
            anomaly->id =
                u"A%1"_s.arg(static_cast<qlonglong>(anomalies.size()) + 1, 3, 10, QChar(u'0'));
            anomalies.append(anomaly->toJson());
        }
        permits.write(PermitJson::line(permit));
        ++summary.enterprises;
        summary.outlets += permit.outlets.size();
        if (m_progress && (index + 1) % m_progressEvery == 0)
            m_progress(index + 1, m_options.enterprises);
    }
    summary.bytes += permits.commit();
    if (reports)
        summary.bytes += reports->commit();
    // The application before issuance, in a file of its own: permits.jsonl stays the district's
    // issued permits, one an enterprise.
    summary.bytes += writeWhole(dir, u"applications.jsonl"_s, DemoApplication::line(m_options));
    summary.bytes += writeWhole(dir, u"checklists.json"_s, DemoTables::checklists());
    summary.bytes += writeWhole(dir, u"staff.csv"_s, DemoTables::staff());

    const QJsonObject generator {{u"seed"_s, static_cast<double>(m_options.seed)},
        {u"enterprises"_s, m_options.enterprises}, {u"months"_s, m_options.months},
        {u"as_of"_s, m_options.asOf.toString(Qt::ISODate)}, {u"reports"_s, m_options.reports},
        {u"window"_s,
            QJsonObject {{u"from"_s, m_options.windowStart().toString(Qt::ISODate)},
                {u"to"_s, m_options.windowEnd().addDays(-1).toString(Qt::ISODate)}}}};
    summary.anomalies = anomalies.size();
    summary.bytes += writeWhole(dir, u"anomalies.json"_s,
        QJsonDocument(QJsonObject {{u"generator"_s, generator}, {u"anomalies"_s, anomalies},
                          {u"pre_issuance"_s, DemoApplication::scenario(m_options)}})
            .toJson(QJsonDocument::Indented));
    if (m_progress)
        m_progress(m_options.enterprises, m_options.enterprises);
    return summary;
}

} // namespace outfall::demo

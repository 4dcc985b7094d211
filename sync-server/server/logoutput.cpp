#include "server/logoutput.h"

#include "evidence/canonicalrecord.h"
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/recordverifier.h"
#include "evidence/treehead.h"

#include <QCborArray>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

std::vector<QByteArray> hashes(const QCborValue &value)
{
    std::vector<QByteArray> out;
    for (const QCborValue &hash : value.toArray())
        out.push_back(hash.toByteArray());
    return out;
}

QString verdict(bool ok)
{
    return ok ? u"verified"_s : u"DOES NOT VERIFY"_s;
}

} // namespace

bool LogOutput::printHead(const QCborArray &array, const QByteArray &logKey)
{
    const evidence::TreeHead head {std::uint64_t(array.at(0).toInteger()),
        array.at(1).toByteArray(), array.at(2).toInteger(), array.at(3).toByteArray()};
    const bool ok = head.verify(logKey);
    m_out << u"tree size "_s << head.size << u'\n' << u"root      "_s << hex(head.rootHash) << u'\n'
          << u"signed at "_s
          << QDateTime::fromMSecsSinceEpoch(head.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)
          << u'\n' << u"log key   "_s << hex(logKey) << u'\n' << u"signature "_s << verdict(ok)
          << u'\n';
    return ok;
}

bool LogOutput::print(const sync::Message &request, const sync::Message &reply)
{
    const QCborMap &h = reply.header;
    const QByteArray logKey = h.value(u"k"_s).toByteArray();
    if (request.command == sync::Command::LogHead)
        return printHead(h.value(u"th"_s).toArray(), logKey);

    if (request.command == sync::Command::LogProve) {
        const QCborArray headArray = h.value(u"th"_s).toArray();
        const bool headOk = printHead(headArray, logKey);
        const QByteArray record = h.value(u"rec"_s).toByteArray();
        const QByteArray signature = h.value(u"sig"_s).toByteArray();
        const QByteArray deviceKey = h.value(u"dk"_s).toByteArray();
        const auto leaf = std::uint64_t(h.value(u"leaf"_s).toInteger());
        const auto proof = hashes(h.value(u"p"_s));
        const bool signed_ = evidence::RecordVerifier::verify(deviceKey, record, signature);
        const bool included = evidence::MerkleProof::verifyInclusion(
            evidence::merkle::leafHash(record + signature), leaf,
            std::uint64_t(headArray.at(0).toInteger()), proof, headArray.at(1).toByteArray());
        m_out << u"record    "_s << request.header.value(u"id"_s).toString() << u" (device "_s
              << h.value(u"dev"_s).toString() << u", seq "_s << h.value(u"seq"_s).toInteger()
              << u")\n"_s << u"device key "_s << hex(deviceKey) << u": signature "_s
              << verdict(signed_) << u'\n' << u"leaf      "_s << leaf << u"; inclusion proof ("_s
              << proof.size() << u" hashes) "_s << verdict(included) << u'\n';
        for (const QByteArray &hash : proof)
            m_out << u"  "_s << hex(hash) << u'\n';
        return headOk && signed_ && included;
    }

    const auto first = std::uint64_t(request.header.value(u"a"_s).toInteger());
    const auto second = std::uint64_t(request.header.value(u"b"_s).toInteger());
    const auto proof = hashes(h.value(u"p"_s));
    const QByteArray firstRoot = h.value(u"ra"_s).toByteArray();
    const QByteArray secondRoot = h.value(u"rb"_s).toByteArray();
    const bool ok =
        evidence::MerkleProof::verifyConsistency(first, second, firstRoot, secondRoot, proof);
    m_out << u"size "_s << first << u" root "_s << hex(firstRoot) << u'\n' << u"size "_s << second
          << u" root "_s << hex(secondRoot) << u'\n' << u"consistency proof ("_s << proof.size()
          << u" hashes) "_s << verdict(ok) << u'\n';
    for (const QByteArray &hash : proof)
        m_out << u"  "_s << hex(hash) << u'\n';
    return ok;
}

} // namespace outfall::server

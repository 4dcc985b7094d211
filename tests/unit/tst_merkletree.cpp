// RFC 9162 Merkle hashing and proofs (shared/evidence): the Certificate Transparency
// reference vectors (the 8 leaves every CT implementation tests against, their roots for
// every size, and published audit and consistency paths), then every inclusion and
// consistency proof of every tree of 1..64 leaves against a naive recomputation, and
// tampered proofs refused.
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"

#include <QTest>

using namespace outfall::evidence;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

std::vector<QByteArray> ctLeafHashes()
{
    const char *entries[] = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};
    std::vector<QByteArray> leaves;
    for (const char *entry : entries)
        leaves.push_back(merkle::leafHash(hex(entry)));
    return leaves;
}

// The definition of RFC 9162 section 2.1.1 written out directly over the leaf data, with no
// shared code path with MerkleTree (no SubtreeSource, no split helper).
QByteArray naiveRoot(const std::vector<QByteArray> &leafHashes, std::size_t begin, std::size_t end)
{
    const std::size_t n = end - begin;
    if (n == 1)
        return leafHashes[begin];
    std::size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return merkle::nodeHash(
        naiveRoot(leafHashes, begin, begin + k), naiveRoot(leafHashes, begin + k, end));
}

std::vector<QByteArray> leavesOf(int count)
{
    std::vector<QByteArray> leaves;
    for (int i = 0; i < count; ++i)
        leaves.push_back(merkle::leafHash(QByteArray("record-") + QByteArray::number(i)));
    return leaves;
}

QByteArray flipped(QByteArray hash)
{
    hash[0] = char(hash[0] ^ 1);
    return hash;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTreeIsTheHashOfNothing()
    {
        QCOMPARE(MerkleTree::root(LeafHashes({}), 0).toHex(),
            QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void rootsMatchTheCertificateTransparencyVectors()
    {
        const char *roots[] = {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        const LeafHashes tree(ctLeafHashes());
        for (std::uint64_t size = 1; size <= 8; ++size)
            QCOMPARE(MerkleTree::root(tree, size).toHex(), QByteArray(roots[size - 1]));
    }

    void auditPathsMatchTheCertificateTransparencyVectors()
    {
        const LeafHashes tree(ctLeafHashes());
        const std::vector<QByteArray> leaf0 = {
            hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
            hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            hex("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")};
        QCOMPARE(MerkleTree::inclusionProof(tree, 0, 8), leaf0);
        const std::vector<QByteArray> leaf5 = {
            hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            hex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
            hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")};
        QCOMPARE(MerkleTree::inclusionProof(tree, 5, 8), leaf5);
        const std::vector<QByteArray> twoToFive = {
            hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")};
        QCOMPARE(MerkleTree::consistencyProof(tree, 2, 5), twoToFive);
    }

    void everyInclusionProofOfEverySizeVerifies()
    {
        const auto leaves = leavesOf(64);
        const LeafHashes tree(leaves);
        for (std::uint64_t size = 1; size <= 64; ++size) {
            const QByteArray root = naiveRoot(leaves, 0, size);
            QCOMPARE(MerkleTree::root(tree, size), root);
            for (std::uint64_t index = 0; index < size; ++index) {
                const auto proof = MerkleTree::inclusionProof(tree, index, size);
                QVERIFY2(MerkleProof::verifyInclusion(leaves[index], index, size, proof, root),
                    qPrintable(QStringLiteral("leaf %1 of %2").arg(index).arg(size)));
                // Another leaf, another index, a wrong size or a tampered path: refused.
                QVERIFY(!MerkleProof::verifyInclusion(
                    flipped(leaves[index]), index, size, proof, root));
                if (size > 1) {
                    QVERIFY(!MerkleProof::verifyInclusion(
                        leaves[index], (index + 1) % size, size, proof, root));
                    QVERIFY(!MerkleProof::verifyInclusion(
                        leaves[index], index, size, proof, flipped(root)));
                    auto tampered = proof;
                    tampered.back() = flipped(tampered.back());
                    QVERIFY(
                        !MerkleProof::verifyInclusion(leaves[index], index, size, tampered, root));
                    auto shorter = proof;
                    shorter.pop_back();
                    QVERIFY(
                        !MerkleProof::verifyInclusion(leaves[index], index, size, shorter, root));
                }
                QVERIFY(!MerkleProof::verifyInclusion(leaves[index], index, size + 1, proof,
                    naiveRoot(leaves, 0, std::min<std::uint64_t>(size + 1, 64))));
            }
        }
    }

    void everyConsistencyProofOfEveryPairOfSizesVerifies()
    {
        const auto leaves = leavesOf(64);
        const LeafHashes tree(leaves);
        for (std::uint64_t second = 1; second <= 64; ++second) {
            const QByteArray secondRoot = naiveRoot(leaves, 0, second);
            for (std::uint64_t first = 1; first <= second; ++first) {
                const QByteArray firstRoot = naiveRoot(leaves, 0, first);
                const auto proof = MerkleTree::consistencyProof(tree, first, second);
                QVERIFY2(
                    MerkleProof::verifyConsistency(first, second, firstRoot, secondRoot, proof),
                    qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(second)));
                if (first == second)
                    continue;
                QVERIFY(!MerkleProof::verifyConsistency(
                    first, second, flipped(firstRoot), secondRoot, proof));
                QVERIFY(!MerkleProof::verifyConsistency(
                    first, second, firstRoot, flipped(secondRoot), proof));
                auto tampered = proof;
                tampered.front() = flipped(tampered.front());
                QVERIFY(!MerkleProof::verifyConsistency(
                    first, second, firstRoot, secondRoot, tampered));
                // A forked history (another leaf inside the first tree) cannot be proven.
                auto forked = leaves;
                forked[first - 1] = flipped(forked[first - 1]);
                QVERIFY(!MerkleProof::verifyConsistency(first, second, firstRoot,
                    naiveRoot(forked, 0, second),
                    MerkleTree::consistencyProof(LeafHashes(forked), first, second)));
            }
        }
    }

    void outOfRangeArgumentsAreRefused()
    {
        const LeafHashes tree(leavesOf(4));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, MerkleTree::inclusionProof(tree, 4, 4));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, MerkleTree::consistencyProof(tree, 5, 4));
        QVERIFY(!MerkleProof::verifyInclusion(leavesOf(1)[0], 0, 0, {}, merkle::emptyRoot()));
        QVERIFY(!MerkleProof::verifyInclusion(QByteArray(3, 'x'), 0, 1, {}, QByteArray(3, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkletree.moc"

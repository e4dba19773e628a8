// Provenance benchmark: streamed SHA-256 of a large source file against `sha256sum` on the same
// file (the baseline), and audit-log appends per second.
// Usage: bench_provenance [MiB]   (default 1024)
#include "case/casefile.h"
#include "core/sha256.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace dt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.bin"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        for (qint64 i = 0; i < mib; ++i)
            f.write(block);
    }
    std::printf("provenance hashing, %lld MiB file (page cache warm after the first pass)\n", mib);

    QElapsedTimer t;
    QProcess::execute(QStringLiteral("sha256sum"), {path}); // warm the page cache
    t.start();
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    p.waitForFinished(-1);
    const double base = t.nsecsElapsed() / 1e9;
    const QString baseDigest = QString::fromLatin1(p.readAllStandardOutput().left(64));

    t.restart();
    QString error;
    const QString digest = sha256OfFile(path, &error);
    const double ours = t.nsecsElapsed() / 1e9;
    std::printf("  sha256sum (baseline)   %7.3f s  %7.0f MiB/s\n", base, mib / base);
    std::printf("  DialTrace sha256       %7.3f s  %7.0f MiB/s  ratio %.2fx baseline time  digest %s\n", ours,
                mib / ours, ours / base, digest == baseDigest ? "matches" : "DIFFERS");

    auto cf = CaseFile::create(dir.filePath(QStringLiteral("bench.dtcase")), QStringLiteral("bench"), &error);
    if (!cf)
        return 1;
    const int n = 2000;
    t.restart();
    {
        Transaction tx(cf->db());
        for (int i = 0; i < n; ++i)
            cf->audit().append(QStringLiteral("annotate"), QJsonObject{{QStringLiteral("i"), i}});
        tx.commit();
    }
    const double batched = t.nsecsElapsed() / 1e9;
    t.restart();
    for (int i = 0; i < 200; ++i)
        cf->audit().append(QStringLiteral("annotate"), QJsonObject{{QStringLiteral("i"), i}});
    const double single = t.nsecsElapsed() / 1e9;
    std::printf("audit log: %.0f appends/s in one transaction, %.0f appends/s each committed\n", n / batched,
                200 / single);
    t.restart();
    const AuditVerdict v = cf->audit().verify();
    std::printf("audit verify: %lld entries in %.3f s (%s)\n", v.entries, t.nsecsElapsed() / 1e9,
                v.ok ? "ok" : "BROKEN");
    return digest == baseDigest && v.ok ? 0 : 1;
}

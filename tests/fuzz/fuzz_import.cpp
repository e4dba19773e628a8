// A libFuzzer target: one input is one seized file, imported into an empty case through the whole
// pipeline (the registry's sniffing, the reader, the row parsers, the sinks), as `dialtrace-cli
// import` would. DT_FUZZ_NAME is the file's name: its extension steers the registry the way a real
// export's does (.csv, .xlsx, .html, .json, .db, .gz, .txt). An import may fail; it must not crash,
// overflow, read out of bounds, hang or leave a case that fails SQLite's own integrity check.
#include "case/casefile.h"
#include "ingest/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

struct World
{
    QTemporaryDir dir;
    QString templ, work, input;
};

World &world()
{
    static World *w = [] {
        auto *made = new World;
        made->templ = made->dir.filePath(QStringLiteral("empty.dtcase"));
        made->work = made->dir.filePath(QStringLiteral("work.dtcase"));
        made->input = made->dir.filePath(QStringLiteral(DT_FUZZ_NAME));
        QString error;
        if (!dt::CaseFile::create(made->templ, QStringLiteral("fuzz"), &error)) {
            qFatal("cannot make the empty case: %s", qPrintable(error));
        }
        return made;
    }();
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    QFile::remove(w.work);
    QFile::remove(w.work + QStringLiteral("-journal"));
    QFile::remove(w.work + QStringLiteral("-wal"));
    QFile::remove(w.work + QStringLiteral("-shm"));
    if (!QFile::copy(w.templ, w.work))
        qFatal("cannot copy the empty case");
    {
        QFile f(w.input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the input");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    auto cf = dt::CaseFile::open(w.work, dt::CaseFile::Access::ReadWrite, &error);
    if (!cf)
        qFatal("cannot open the case: %s", qPrintable(error));
    dt::ingest::ImportOptions options;
    dt::ingest::ImportSummary summary;
    dt::ingest::Importer(*cf).importFile(w.input, options, &summary, &error);
    if (cf->db().scalar(QStringLiteral("PRAGMA quick_check")).toString() != QLatin1String("ok"))
        qFatal("the case is damaged after importing the input");
    return 0;
}

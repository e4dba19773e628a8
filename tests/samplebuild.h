#pragma once
// Builds a sample investigation (files + truth) and imports every file into a new case, as the
// truth's file list says (clock offsets, acquisition dates). For the analysis tests.
#include "case/casefile.h"
#include "ingest/importer.h"
#include "sample/samplegenerator.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dttest {

/// Returns the case's path ("" on failure, with a warning); fills @p truth. The files named in
/// @p leaveOut are generated but not imported (a list the police never seized).
inline QString buildSampleCase(const QString &dir, quint64 seed, QJsonObject *truth,
                               const QString &variant = QStringLiteral("default"),
                               const QStringList &leaveOut = {})
{
    QString tag = variant == QLatin1String("default") ? QString() : variant;
    if (!leaveOut.isEmpty())
        tag += QStringLiteral("-without-") + QString::number(qHash(leaveOut.join(QLatin1Char('/'))), 16);
    const QString files = dir + QStringLiteral("/s%1%2").arg(seed).arg(tag);
    dt::sample::SampleOptions opt;
    opt.seed = seed;
    opt.variant = variant;
    QString error;
    if (!dt::sample::SampleGenerator().generate(files, opt, nullptr, &error)) {
        qWarning() << error;
        return {};
    }
    QFile t(files + QStringLiteral("/truth.json"));
    if (!t.open(QIODevice::ReadOnly))
        return {};
    *truth = QJsonDocument::fromJson(t.readAll()).object();
    const QString path = dir + QStringLiteral("/case%1%2.dtcase").arg(seed).arg(tag);
    auto cf = dt::CaseFile::create(path, QStringLiteral("sample %1").arg(seed), &error);
    if (!cf) {
        qWarning() << error;
        return {};
    }
    dt::ingest::Importer imp(*cf);
    for (const auto &v : truth->value(QStringLiteral("files")).toArray()) {
        if (leaveOut.contains(v.toObject().value(QStringLiteral("file")).toString()))
            continue;
        dt::ingest::ImportOptions io;
        io.clockOffset = v.toObject().value(QStringLiteral("clock_offset")).toInteger();
        io.acquired = v.toObject().value(QStringLiteral("acquired")).toString();
        if (!imp.importFile(files + QLatin1Char('/') + v.toObject().value(QStringLiteral("file")).toString(),
                            io, nullptr, &error)) {
            qWarning() << error;
            return {};
        }
    }
    return path;
}

} // namespace dttest

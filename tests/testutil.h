#pragma once
// Shared helpers for the Qt Test programs.
#include "case/casefile.h"
#include "case/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace dttest {

/// How long a test waits for a state it expects (a case opened, a chart laid out, an import done)
/// before failing. Generous: the wait ends as soon as the state is reached, and a loaded machine
/// (parallel test runs, sanitizers) must never fail a test that would pass given the time.
constexpr int kStateTimeoutMs = 120000;

/// The sample's ground truth (truth.json) in @p dir; empty if it cannot be read.
inline QJsonObject readTruth(const QString &dir)
{
    QFile f(dir + QStringLiteral("/truth.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

/// A truth operator (in the truth's order) and its first number.
inline QJsonObject truthOperator(const QJsonObject &truth, int index = 0)
{
    return truth.value(QStringLiteral("operators")).toArray().at(index).toObject();
}
inline QString truthOperatorNumber(const QJsonObject &truth, int index = 0)
{
    return truthOperator(truth, index).value(QStringLiteral("numbers")).toArray().at(0).toString();
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

/// Runs dialtrace-cli with @p args; returns the exit code and fills stdout/stderr.
inline int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
                  const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(DT_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return -100;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -101;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -102;
}

/// The rows of @p sql, each as its values joined by '|' (NULL for a NULL), and a last row "ERROR …"
/// when the query fails.
inline QStringList rows(dt::Database &db, const QString &sql)
{
    QStringList out;
    dt::Statement st = db.prepare(sql);
    while (st.step()) {
        QStringList cols;
        for (int i = 0; i < st.columnCount(); ++i)
            cols << (st.isNull(i) ? QStringLiteral("NULL") : st.value(i).toString());
        out << cols.join(QLatin1Char('|'));
    }
    if (!st.ok())
        out << QStringLiteral("ERROR ") + db.lastError();
    return out;
}

} // namespace dttest

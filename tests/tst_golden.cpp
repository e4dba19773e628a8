// The command line's outputs on the sample investigation against golden files: `analyze`,
// `findings` (JSON and text), the blocklist, `evaluate`, `trail` and `info --json`. They pin the
// public JSON schema (docs/cli.md) and every figure the findings hold, so that a change of how
// the findings are computed, stored or printed shows here as a diff. What differs between runs
// (run times, the case's id, paths, the analyst) is normalised first.
//
// After an intended change: DT_UPDATE_GOLDEN=1 tst_golden rewrites the files; review the diff.
#include "samplebuild.h"
#include "testutil.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cli_data();
    void cli();
    void blocklist();

private:
    QString normalised(const QByteArray &out) const;
    void compareWithGolden(const QString &name, const QString &got);
    QTemporaryDir m_dir;
    QString m_case, m_truth;
    QByteArray m_analyze;
};

void TestGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("DIALTRACE_KEY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("keys"))));
    QJsonObject truth;
    m_case = dttest::buildSampleCase(m_dir.path(), 2026, &truth);
    QVERIFY(!m_case.isEmpty());
    m_truth = m_dir.filePath(QStringLiteral("s2026/truth.json"));
    QByteArray err;
    QCOMPARE(dttest::runCli({QStringLiteral("analyze"), m_case}, &m_analyze, &err), 0);
}

/// Values that are not the same on two runs of the same case: replaced by their key's name.
QString TestGolden::normalised(const QByteArray &out) const
{
    static const QSet<QString> varying = {QStringLiteral("started_utc"),  QStringLiteral("finished_utc"),
                                          QStringLiteral("created_utc"),  QStringLiteral("registered_utc"),
                                          QStringLiteral("case_id"),      QStringLiteral("analyst"),
                                          QStringLiteral("tool_version"), QStringLiteral("created_with")};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    QString text;
    if (pe.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        std::function<QJsonValue(const QJsonValue &)> walk = [&](const QJsonValue &v) -> QJsonValue {
            if (v.isObject()) {
                QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    it.value() =
                        varying.contains(it.key()) ? QJsonValue(it.key().toUpper()) : walk(it.value());
                return o;
            }
            if (v.isArray()) {
                QJsonArray a = v.toArray();
                for (auto it = a.begin(); it != a.end(); ++it)
                    *it = walk(*it);
                return a;
            }
            return v;
        };
        const QJsonValue root = walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        text = QString::fromUtf8(root.isObject() ? QJsonDocument(root.toObject()).toJson()
                                                 : QJsonDocument(root.toArray()).toJson());
    } else {
        text = QString::fromUtf8(out);
    }
    text.replace(QDir(m_dir.path()).canonicalPath(), QStringLiteral("TMP"));
    text.replace(m_dir.path(), QStringLiteral("TMP"));
    return text;
}

void TestGolden::compareWithGolden(const QString &name, const QString &got)
{
    const QString golden = QStringLiteral(DT_TEST_DATA_DIR "/golden/") + name;
    if (qEnvironmentVariableIsSet("DT_UPDATE_GOLDEN")) {
        QVERIFY(!dttest::writeFile(golden, got.toUtf8()).isEmpty());
        QSKIP("golden file rewritten");
    }
    QFile f(golden);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(golden + QStringLiteral(" missing (DT_UPDATE_GOLDEN=1)")));
    const QStringList want = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList have = got.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(want.size(), have.size()); ++i)
        QVERIFY2(want.at(i) == have.at(i),
                 qPrintable(QStringLiteral("%1 line %2 differs:\n want: %3\n have: %4")
                                .arg(name)
                                .arg(i + 1)
                                .arg(want.at(i).left(300), have.at(i).left(300))));
    QCOMPARE(have.size(), want.size());
}

void TestGolden::cli_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QStringList>("args");
    // `analyze` ran once in initTestCase (an empty args list stands for its output).
    QTest::newRow("analyze") << QStringLiteral("cli_analyze.txt") << QStringList();
    QTest::newRow("findings json") << QStringLiteral("cli_findings.json")
                                   << QStringList{QStringLiteral("findings"), QStringLiteral("CASE"),
                                                  QStringLiteral("--json")};
    QTest::newRow("findings text") << QStringLiteral("cli_findings.txt")
                                   << QStringList{QStringLiteral("findings"), QStringLiteral("CASE")};
    QTest::newRow("evaluate") << QStringLiteral("cli_evaluate.json")
                              << QStringList{QStringLiteral("evaluate"), QStringLiteral("CASE"),
                                             QStringLiteral("--truth"), QStringLiteral("TRUTH")};
    // A complainant whose number two lists hold (one masked) and an operator called.
    QTest::newRow("trail json") << QStringLiteral("cli_trail.json")
                                << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                               QStringLiteral("186 8466 4428"), QStringLiteral("--json")};
    QTest::newRow("trail text") << QStringLiteral("cli_trail.txt")
                                << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                               QStringLiteral("186 8466 4428")};
    // A victim of the harassment storm, by name: two persons of that name, in full and resold.
    QTest::newRow("trail name") << QStringLiteral("cli_trail_name.json")
                                << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                               QString::fromUtf8("杜伟"), QStringLiteral("--json")};
    QTest::newRow("trail name text") << QStringLiteral("cli_trail_name.txt")
                                     << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                                    QString::fromUtf8("杜伟")};
    // The same victim by a masked spelling and by the resident ID number one list holds.
    QTest::newRow("trail masked") << QStringLiteral("cli_trail_masked.json")
                                  << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                                 QStringLiteral("186****4428"), QStringLiteral("--json")};
    QTest::newRow("trail id card") << QStringLiteral("cli_trail_idcard.json")
                                   << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"),
                                                  QStringLiteral("320115197405290605"),
                                                  QStringLiteral("--json")};
    QTest::newRow("trail id card text")
        << QStringLiteral("cli_trail_idcard.txt")
        << QStringList{QStringLiteral("trail"), QStringLiteral("CASE"), QStringLiteral("320115197405290605")};
    QTest::newRow("info json") << QStringLiteral("cli_info.json")
                               << QStringList{QStringLiteral("info"), QStringLiteral("CASE"),
                                              QStringLiteral("--json")};
}

void TestGolden::cli()
{
    QFETCH(QString, golden);
    QFETCH(QStringList, args);
    QByteArray out = m_analyze, err;
    if (!args.isEmpty()) {
        args.replaceInStrings(QRegularExpression(QStringLiteral("^CASE$")), m_case);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^TRUTH$")), m_truth);
        QVERIFY2(dttest::runCli(args, &out, &err) == 0, err.constData());
    }
    compareWithGolden(golden, normalised(out));
}

void TestGolden::blocklist()
{
    // The export is audited: on a copy, so that the other outputs do not depend on the order.
    const QString copy = m_dir.filePath(QStringLiteral("blocklist.dtcase"));
    QVERIFY(QFile::copy(m_case, copy));
    const QString csv = m_dir.filePath(QStringLiteral("blocklist.csv"));
    QByteArray out, err;
    QVERIFY2(dttest::runCli({QStringLiteral("findings"), copy, QStringLiteral("--blocklist"), csv}, &out,
                            &err) == 0,
             err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    compareWithGolden(QStringLiteral("cli_blocklist.csv"), QString::fromUtf8(f.readAll()));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"

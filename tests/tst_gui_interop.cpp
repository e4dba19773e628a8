// Working with other tools from the GUI, under the offscreen platform: the link chart's exports (what
// it shows, the whole run) and the tables' CSV exports recorded in the audit log.
#include "analysis/commoncontacts.h"
#include "analysis/detection.h"
#include "analysispage.h"
#include "case/auditlog.h"
#include "case/casefile.h"
#include "core/sha256.h"
#include "languagemanager.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "tabletools.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::ui;

namespace {
QJsonObject lastAudit(CaseFile *cf, QString *action = nullptr)
{
    const auto e = cf->audit().entries().last();
    if (action)
        *action = e.action;
    return QJsonDocument::fromJson(e.details.toUtf8()).object();
}
} // namespace

class TestGuiInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    LinkChartPage *chart() { return m_window->linkChart(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::sampleCaseReady);
        QString error;
        QVERIFY2(m_window->openSampleCase(&error), qPrintable(error));
        QVERIFY(ready.wait(120000));
        QVERIFY(m_window->currentCase());
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->busy() && chart()->graph().nodeCount() > 0, 30000);
    }
    void cleanupTestCase() { m_window.reset(); }

    void chartExportsWhatItShows_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("anx") << QStringLiteral("anx") << QStringLiteral("chart.anx");
        QTest::newRow("graphml") << QStringLiteral("graphml") << QStringLiteral("chart.graphml");
        QTest::newRow("gexf") << QStringLiteral("gexf") << QStringLiteral("chart.gexf");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("chart-csv");
    }
    void chartExportsWhatItShows()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY2(chart()->exportAs(format, path, false, &error), qPrintable(error));
        QString action;
        const QJsonObject audit = lastAudit(m_window->currentCase(), &action);
        QCOMPARE(action, QStringLiteral("export"));
        QCOMPARE(audit.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(), QStringLiteral("chart"));
        QCOMPARE(audit.value(QStringLiteral("nodes")).toInt(), chart()->visibleNodeCount());
        for (const QJsonValue &f : audit.value(QStringLiteral("files")).toArray())
            QCOMPARE(f.toObject().value(QStringLiteral("sha256")).toString(),
                     sha256OfFile(f.toObject().value(QStringLiteral("file")).toString(), &error));
    }

    void chartExportsTheWholeRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("run.graphml"));
        QString error;
        QVERIFY2(chart()->exportAs(QStringLiteral("graphml"), path, true, &error), qPrintable(error));
        const QJsonObject audit = lastAudit(m_window->currentCase());
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(), QStringLiteral("run"));
        // Every operator number expanded: far more than the overview the chart starts from.
        QVERIFY(audit.value(QStringLiteral("nodes")).toInt() > chart()->visibleNodeCount());
        const qint64 entries = m_window->currentCase()->audit().count();
        QVERIFY(!chart()->exportAs(QStringLiteral("png"), m_dir.filePath(QStringLiteral("run.png")), true,
                                   &error));
        QCOMPARE(m_window->currentCase()->audit().count(), entries);
    }

    void chartPicturesStillExport()
    {
        QString error;
        for (const char *name : {"chart.png", "chart.svg"}) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QVERIFY2(chart()->exportAs(QFileInfo(path).suffix(), path, false, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }

    void commonContactsOfTwoOperators()
    {
        // The two operators with the most victims: the sample's lists overlap, so they share victims.
        std::vector<int> ops;
        const graph::LinkGraph &g = chart()->graph();
        for (int i = 0; i < g.nodeCount(); ++i)
            if (g.node(i).type == graph::NodeType::Operator)
                ops.push_back(i);
        std::sort(ops.begin(), ops.end(), [&g](int a, int b) { return g.node(a).volume > g.node(b).volume; });
        QVERIFY(ops.size() >= 2);
        ops.resize(2);
        const QStringList keys{g.node(ops[0]).key, g.node(ops[1]).key};
        QVERIFY(!chart()->findCommonContacts({ops[0]}));
        QVERIFY(chart()->findCommonContacts(ops));
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->busy(), 30000);
        // The same answer as the model gives.
        QString error;
        CaseFile *cf = m_window->currentCase();
        std::vector<analysis::ContactParty> parties;
        QVERIFY(analysis::CommonContacts::resolve(cf->db(), analysis::Detector::latestFindings(*cf, &error),
                                                  keys, &parties, &error));
        analysis::CommonContactsResult expected;
        QVERIFY(analysis::CommonContacts::find(cf->db(), parties, &expected, &error));
        QVERIFY(!expected.contacts.empty());
        analysis::CommonContactsModel *model = chart()->commonContactsModel();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), int(expected.contacts.size()));
        QVERIFY(chart()->commonContactsDialog()->isVisible());
        // Each contact is on the chart, highlighted with the two operators.
        const QList<int> marked = chart()->highlightedNodes();
        for (const auto &c : expected.contacts) {
            const int n = chart()->graph().find(graph::NodeType::Number, c.number);
            QVERIFY2(n >= 0 && marked.contains(n), qPrintable(c.number));
        }
        QVERIFY(marked.contains(chart()->graph().find(graph::NodeType::Operator, keys[0])));
        chart()->commonContactsDialog()->hide();
    }

    void tableExportsAreRecorded()
    {
        QTableView *suspects = m_window->analysisPage()->suspectsView();
        const QString path = m_dir.filePath(QStringLiteral("suspects.csv"));
        QString error;
        QVERIFY2(TableTools::exportTable(suspects, path, &error), qPrintable(error));
        QString action;
        const QJsonObject audit = lastAudit(m_window->currentCase(), &action);
        QCOMPARE(action, QStringLiteral("export"));
        QCOMPARE(audit.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("table:") + suspects->objectName());
        const QJsonObject f = audit.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha256OfFile(path, &error));
        QVERIFY(m_window->currentCase()->audit().verify().ok);
    }
};

QTEST_MAIN(TestGuiInterop)
#include "tst_gui_interop.moc"

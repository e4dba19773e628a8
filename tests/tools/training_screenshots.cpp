// The training screenshots (docs/images, resources/manual/LANG/img): an exercise pack's sheet, a number's
// "Record as Answer" in the workspace, the trainee's answers and the trainer's score, in one language.
// Not a test: run it when these change,
//   XDG_DATA_HOME=/tmp/dt-shots/data XDG_CONFIG_HOME=/tmp/dt-shots/config QT_QPA_PLATFORM=offscreen
//   build/dev/tests/training_screenshots zh_CN resources/manual/zh_CN/img
// (the pack and the trainee's case are made under /tmp/dialtrace-training, whose paths show in the
// dialogs; then compress the PNGs, e.g. pngquant).
#include "analysis/detection.h"
#include "analysis/findingsmodels.h"
#include "analysispage.h"
#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "casepage.h"
#include "dt/version.h"
#include "entitypanel.h"
#include "exerciseanswersdialog.h"
#include "exercisescoredialog.h"
#include "ingest/importer.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "tabletools.h"
#include "training/exercisepack.h"
#include "training/sealedkey.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextStream>

using namespace dt;
using namespace dt::ui;

namespace {

const QByteArray kPassphrase = "a passphrase only the trainer knows";

bool save(const QImage &img, const QString &dir, const char *name)
{
    const QString path = QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    const bool ok = img.save(path, "PNG", 9);
    QTextStream(stderr) << (ok ? "wrote " : "cannot write ") << path << '\n';
    return ok;
}

/// The sheet's first page as a printed page would show it (A4 proportions, 800 px wide).
QImage renderSheet(const QByteArray &html)
{
    QTextDocument doc;
    doc.setHtml(QString::fromUtf8(html));
    doc.setTextWidth(760);
    QImage img(800, 1130, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.translate(20, 20);
    doc.drawContents(&p, QRectF(0, 0, 760, 1090));
    return img;
}

/// The window with @p menu open at @p at (window coordinates), as the trainee sees a context menu.
QImage withMenu(QWidget *window, QMenu *menu, QPoint at)
{
    QImage shot = window->grab().toImage();
    const QPixmap top = menu->grab();
    at.setX(std::min(at.x(), shot.width() - top.width() - 4));
    QPainter p(&shot);
    p.drawPixmap(at, top);
    p.setPen(QColor(90, 90, 90));
    p.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    return shot;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(DT_ORG_NAME));
    QApplication::setApplicationName(QStringLiteral("DialTrace"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: training_screenshots LANGUAGE OUTDIR\n";
        return 2;
    }
    LanguageManager::instance().setLanguage(args.at(1));
    const bool zh = args.at(1).startsWith(QLatin1String("zh"));
    const QString out = args.at(2);
    QDir().mkpath(out);
    // A folder with a readable name: its path shows in both dialogs.
    QDir work(QDir::temp().filePath(QStringLiteral("dialtrace-training")));
    work.removeRecursively();
    work.mkpath(QStringLiteral("."));
    const QString pack = work.filePath(QStringLiteral("class-07"));
    training::ExerciseSpec spec;
    spec.scenario = QStringLiteral("autodialer");
    spec.difficulty = QStringLiteral("easy");
    spec.seed = 7;
    spec.lang = zh ? QStringLiteral("zh") : QStringLiteral("en");
    QString error;
    QByteArray plain;
    QFile keyFile(pack + QStringLiteral("/answer-key.dtkey"));
    if (!training::ExercisePack::create(pack, spec, kPassphrase, nullptr, &error) ||
        !keyFile.open(QIODevice::ReadOnly) ||
        !training::SealedKey::open(keyFile.readAll(), kPassphrase, &plain, nullptr, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const QJsonObject key = QJsonDocument::fromJson(plain).object();
    QFile sheet(pack + QStringLiteral("/exercise.html"));
    bool ok = sheet.open(QIODevice::ReadOnly) && save(renderSheet(sheet.readAll()), out, "training-sheet");

    // The trainee's case: the pack's files imported and analysed, a few answers given (one of them wrong).
    const QString casePath =
        work.filePath(zh ? QStringLiteral("张三.dtcase") : QStringLiteral("trainee.dtcase"));
    const QJsonObject q1 = key.value(QStringLiteral("questions")).toArray().first().toObject();
    const QJsonArray members = q1.value(QStringLiteral("answer")).toArray();
    {
        auto cf = CaseFile::create(
            casePath, zh ? QStringLiteral("练习 07 张三") : QStringLiteral("Exercise 07"), &error);
        if (!cf) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        ingest::Importer importer(*cf);
        for (const auto &v : key.value(QStringLiteral("files")).toArray()) {
            ingest::ImportOptions o;
            o.acquired = v.toObject().value(QStringLiteral("acquired")).toString();
            if (!importer.importFile(pack + QStringLiteral("/files/") +
                                         v.toObject().value(QStringLiteral("file")).toString(),
                                     o, nullptr, &error)) {
                QTextStream(stderr) << error << '\n';
                return 1;
            }
        }
        if (analysis::Detector::analyzeCase(*cf, {}, &error) <= 0) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        const QStringList notes =
            zh ? QStringList{QStringLiteral("与举报号码同一 IMEI、同一基站"),
                             QStringLiteral("同一手机，接替停用的号码拨打同一名单")}
               : QStringList{QStringLiteral("same IMEI and cell as the reported number"),
                             QStringLiteral("same handset, took over the list")};
        for (int i = 0; i < std::min<int>(2, members.size()); ++i) {
            ExerciseAnswer a;
            a.question = q1.value(QStringLiteral("id")).toString();
            a.entity = members.at(i).toString().mid(3); // as a trainee types it, without +86
            a.note = notes.at(i);
            ExerciseAnswers::add(*cf, a, &error);
        }
        ExerciseAnswer wrong;
        wrong.question = q1.value(QStringLiteral("id")).toString();
        wrong.entity = QStringLiteral("13800138000");
        wrong.note = zh ? QStringLiteral("呼叫量大") : QStringLiteral("many calls");
        ExerciseAnswers::add(*cf, wrong, &error);
    }

    // The workspace: a member of operation A among the suspects, its context menu open.
    const QString picked = members.size() > 2 ? members.at(2).toString() : members.first().toString();
    {
        MainWindow w;
        w.entityPanel()->setMinimumWidth(360);
        w.resize(1280, 760);
        w.show();
        QSignalSpy opened(&w, &MainWindow::caseOpened);
        if (!w.openCase(casePath, &error) || !QTest::qWaitFor([&] { return !opened.isEmpty(); }, 120000) ||
            !QTest::qWaitFor([&] { return !w.isLoadingFindings() && !w.casePage()->isLoading(); }, 120000)) {
            QTextStream(stderr) << casePath << ": not opened " << error << '\n';
            return 1;
        }
        w.casePage()->tabs()->setCurrentWidget(w.analysisPage());
        QTableView *view = w.analysisPage()->suspectsView();
        QSortFilterProxyModel *proxy = w.analysisPage()->suspectsProxy();
        int row = -1;
        for (int r = 0; r < proxy->rowCount() && row < 0; ++r) {
            if (proxy->index(r, 0).data(analysis::SuspectsModel::NumberRole).toString() == picked)
                row = r;
        }
        if (row < 0) {
            QTextStream(stderr) << picked << ": not among the suspects\n";
            return 1;
        }
        view->selectRow(row);
        view->scrollTo(proxy->index(row, 0));
        QTest::qWait(1500); // the details panel and the charts follow the selection
        QMenu menu;
        TableTools::addActions(&menu, view);
        auto *record = menu.findChild<QAction *>(QStringLiteral("actionRecordAsAnswer"));
        if (!record) {
            QTextStream(stderr) << "no Record as Answer on the suspects' menu\n";
            return 1;
        }
        const QRect cell = view->visualRect(proxy->index(row, 0));
        const QPoint at = view->viewport()->mapTo(&w, cell.center() + QPoint(30, 0));
        menu.popup(w.mapToGlobal(at));
        menu.setActiveAction(record);
        QTest::qWait(200);
        ok &= save(withMenu(&w, &menu, at), out, "training-record");
        menu.close();

        ExerciseAnswersDialog answers(w.currentCase());
        answers.resize(1000, 480);
        answers.prefill(picked);
        answers.noteEdit()->setText(zh ? QStringLiteral("与举报号码同一基站，接着拨打同一名单")
                                       : QStringLiteral("same cell as the reported number, same list"));
        answers.show();
        QTest::qWait(200);
        ok &= save(answers.grab().toImage(), out, "training-answers");
    }

    ExerciseScoreDialog score(casePath);
    score.resize(1000, 700);
    score.keyEdit()->setText(pack + QStringLiteral("/answer-key.dtkey"));
    score.passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
    score.show();
    score.score();
    if (!QTest::qWaitFor([&score] { return !score.isScoring(); }, 120000))
        return 1;
    QTest::qWait(200);
    ok &= save(score.grab().toImage(), out, "training-score");
    return ok ? 0 : 1;
}

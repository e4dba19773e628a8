// The training screenshots (docs/images, resources/manual/LANG/img): an exercise pack's sheet, the
// trainee's answers and the trainer's score, in one language. Not a test: run it when these change,
//   QT_QPA_PLATFORM=offscreen build/dev/tests/training_screenshots zh_CN docs/images
// (a scratch pack and case are made in a temporary folder; then compress the PNGs).
#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "exerciseanswersdialog.h"
#include "exercisescoredialog.h"
#include "ingest/importer.h"
#include "languagemanager.h"
#include "training/exercisepack.h"
#include "training/sealedkey.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: training_screenshots LANGUAGE OUTDIR\n";
        return 2;
    }
    LanguageManager::instance().setLanguage(args.at(1));
    const QString out = args.at(2);
    QDir().mkpath(out);
    QTemporaryDir tmp;
    const QString pack = tmp.filePath(QStringLiteral("class-07"));
    training::ExerciseSpec spec;
    spec.scenario = QStringLiteral("autodialer");
    spec.difficulty = QStringLiteral("easy");
    spec.seed = 7;
    spec.lang = args.at(1).startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
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

    // The trainee's case: the pack's files imported, a few answers given (one of them wrong).
    const QString casePath = tmp.filePath(QStringLiteral("zhangsan.dtcase"));
    {
        auto cf = CaseFile::create(casePath, QStringLiteral("练习 07 张三"), &error);
        if (!cf) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        ingest::Importer importer(*cf);
        for (const auto &v : key.value(QStringLiteral("files")).toArray()) {
            ingest::ImportOptions o;
            o.acquired = v.toObject().value(QStringLiteral("acquired")).toString();
            importer.importFile(pack + QStringLiteral("/files/") +
                                    v.toObject().value(QStringLiteral("file")).toString(),
                                o, nullptr, &error);
        }
        const QJsonObject q1 = key.value(QStringLiteral("questions")).toArray().first().toObject();
        const QJsonArray members = q1.value(QStringLiteral("answer")).toArray();
        const QStringList notes{QStringLiteral("同一 IMEI，同一基站"),
                                QStringLiteral("与 A 号码交替拨打同一名单")};
        for (int i = 0; i < std::min<int>(2, members.size()); ++i) {
            ExerciseAnswer a;
            a.question = q1.value(QStringLiteral("id")).toString();
            a.entity = members.at(i).toString().mid(3);
            a.note = notes.at(i);
            ExerciseAnswers::add(*cf, a, &error);
        }
        ExerciseAnswer wrong;
        wrong.question = q1.value(QStringLiteral("id")).toString();
        wrong.entity = QStringLiteral("13800138000");
        wrong.note = QStringLiteral("呼叫量大");
        ExerciseAnswers::add(*cf, wrong, &error);

        ExerciseAnswersDialog answers(cf.get());
        answers.resize(1100, 620);
        answers.prefill(members.size() > 2 ? members.at(2).toString() : QStringLiteral("call:4711"));
        answers.show();
        QTest::qWait(200);
        ok &= save(answers.grab().toImage(), out, "training-answers");
    }

    ExerciseScoreDialog score(casePath);
    score.resize(1100, 760);
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

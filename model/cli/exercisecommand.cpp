// `dialtrace-cli exercise new|answer|score|class|scenarios`: training exercises with sealed answer keys
// (docs/training.md).
#include "case/casefile.h"
#include "case/exerciseanswers.h"
#include "cli/clicommands.h"
#include "training/exercisepack.h"
#include "training/exercisescore.h"
#include "training/sealedkey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dt::cli {

namespace {

using namespace dt::training;

const QCommandLineOption kPassphrase(QStringLiteral("passphrase-file"),
                                     QStringLiteral("File whose first line is the trainer's passphrase "
                                                    "(default: $DIALTRACE_TRAINER_PASSPHRASE)."),
                                     QStringLiteral("FILE"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON (docs/cli.md)."));

void printJsonDoc(QTextStream &out, const QJsonDocument &d)
{
    out << QString::fromUtf8(d.toJson(QJsonDocument::Indented));
}

/// Opens the sealed key with the trainer's passphrase; false with the reason on stderr.
bool openKey(const QString &cmd, const QString &path, const QCommandLineParser &p, Io &io, QJsonObject *key)
{
    QString error;
    const QByteArray passphrase = SealedKey::passphrase(p.value(kPassphrase), &error);
    QFile f(path);
    if (passphrase.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        io.err << "dialtrace-cli exercise " << cmd << ": "
               << (passphrase.isEmpty() ? error : QStringLiteral("%1: cannot read the answer key").arg(path))
               << '\n';
        return false;
    }
    QByteArray plain;
    KeySigner signer;
    if (!SealedKey::open(f.readAll(), passphrase, &plain, &signer, &error)) {
        io.err << "dialtrace-cli exercise " << cmd << ": " << path << ": " << error << '\n';
        return false;
    }
    if (!signer.trusted)
        io.err << "dialtrace-cli exercise " << cmd << ": warning: " << path
               << " was sealed by an untrusted key (" << signer.fingerprint << ")\n";
    *key = QJsonDocument::fromJson(plain).object();
    return true;
}

int cmdNewPack(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write an exercise pack into DIR (new or empty): files/ (the seized input files), exercise.html "
        "(the\n"
        "sheet: situation, files, questions) and answer-key.dtkey (sealed with the trainer's passphrase and\n"
        "signed with this workstation's key). The same options give the same bytes."));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("See `exercise scenarios`."),
                                      QStringLiteral("NAME"), QStringLiteral("autodialer"));
    const QCommandLineOption difficulty(QStringLiteral("difficulty"), QStringLiteral("easy, medium or hard."),
                                        QStringLiteral("D"), QStringLiteral("medium"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Sheet language: zh (default) or en."), QStringLiteral("L"),
                                  QStringLiteral("zh"));
    p.addOptions({scenario, difficulty, seed, lang, kPassphrase, kJson});
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder (new or empty)."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    ExerciseSpec spec;
    bool ok = false;
    spec.seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        io.err << "dialtrace-cli exercise new: --seed must be a non-negative integer, not '" << p.value(seed)
               << "'\n";
        return Usage;
    }
    spec.scenario = p.value(scenario);
    spec.difficulty = p.value(difficulty);
    spec.lang = p.value(lang);
    QString error;
    sample::SampleOptions planned;
    if (!ExerciseKey::plan(spec, &planned, &error)) {
        io.err << "dialtrace-cli exercise new: " << error << '\n';
        return Usage;
    }
    const QByteArray passphrase = SealedKey::passphrase(p.value(kPassphrase), &error);
    PackSummary sum;
    if (passphrase.isEmpty() ||
        !ExercisePack::create(p.positionalArguments().at(0), spec, passphrase, &sum, &error)) {
        io.err << "dialtrace-cli exercise new: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(kJson)) {
        printJsonDoc(io.out, QJsonDocument(
                                 QJsonObject{{QStringLiteral("dir"), p.positionalArguments().at(0)},
                                             {QStringLiteral("files"), QJsonArray::fromStringList(sum.files)},
                                             {QStringLiteral("questions"), sum.questions},
                                             {QStringLiteral("calls"), sum.calls}}));
    } else {
        io.out << "wrote exercise " << spec.scenario << '-' << spec.difficulty << '-' << spec.seed << " to "
               << p.positionalArguments().at(0) << ": " << sum.files.size() << " files, " << sum.questions
               << " questions, " << sum.calls << " calls\n";
    }
    return Ok;
}

int cmdAnswer(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Record a trainee's answer in the case (audited), list the answers, or remove one. The entity is a\n"
        "number (any spelling), a list's name, or a call: its row FILE:LINE or call:ID; the value is what\n"
        "the question asks of it (days, a rule, a parent list)."));
    const QCommandLineOption question(QStringLiteral("question"),
                                      QStringLiteral("The sheet's question (Q1 …)."), QStringLiteral("Q"));
    const QCommandLineOption entity(QStringLiteral("entity"), QStringLiteral("The entity answered."),
                                    QStringLiteral("E"));
    const QCommandLineOption value(QStringLiteral("value"), QStringLiteral("The value asked for."),
                                   QStringLiteral("V"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("How it was found."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Print the case's answers."));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Remove answer ID."),
                                    QStringLiteral("ID"));
    p.addOptions({question, entity, value, note, list, remove, kJson});
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The trainee's case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    const bool writing = !p.isSet(list);
    if (writing && !p.isSet(remove) && (!p.isSet(question) || !p.isSet(entity))) {
        io.err << "dialtrace-cli exercise answer: --question and --entity are needed (or --list, --remove)\n";
        return Usage;
    }
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0),
                             writing ? CaseFile::Access::ReadWrite : CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli exercise answer: " << error << '\n';
        return BadInput;
    }
    if (p.isSet(list)) {
        const auto answers = ExerciseAnswers::all(cf->db());
        QJsonArray rows;
        for (const auto &a : answers) {
            rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("question"), a.question},
                                    {QStringLiteral("entity"), a.entity},
                                    {QStringLiteral("value"), a.value},
                                    {QStringLiteral("note"), a.note},
                                    {QStringLiteral("author"), a.author},
                                    {QStringLiteral("created_utc"), a.createdUtc}});
            if (!p.isSet(kJson))
                io.out << a.id << '\t' << a.question << '\t' << a.entity << '\t' << a.value << '\t' << a.note
                       << '\n';
        }
        if (p.isSet(kJson))
            printJsonDoc(io.out, QJsonDocument(rows));
        return Ok;
    }
    if (p.isSet(remove)) {
        if (!ExerciseAnswers::remove(*cf, p.value(remove).toLongLong(), &error)) {
            io.err << "dialtrace-cli exercise answer: " << error << '\n';
            return BadInput;
        }
        return Ok;
    }
    ExerciseAnswer a;
    a.question = p.value(question);
    a.entity = p.value(entity);
    a.value = p.value(value);
    a.note = p.value(note);
    const qint64 id = ExerciseAnswers::add(*cf, a, &error);
    if (!id) {
        io.err << "dialtrace-cli exercise answer: " << error << '\n';
        return BadInput;
    }
    io.out << "answer " << id << " recorded\n";
    return Ok;
}

int cmdScore(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Score a trainee's case against the sealed answer key: each question, each mistake with the\n"
        "evidence that would have found it."));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The pack's answer-key.dtkey."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("zh or en (default: the exercise's)."), QStringLiteral("L"));
    p.addOptions({key, lang, kPassphrase, kJson});
    p.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The trainee's case file."));
    if (const int rc = parseOrExit(p, args, io, 1, 1); rc >= 0)
        return rc;
    if (!p.isSet(key)) {
        io.err << "dialtrace-cli exercise score: --key is needed\n";
        return Usage;
    }
    QJsonObject k;
    if (!openKey(QStringLiteral("score"), p.value(key), p, io, &k))
        return BadInput;
    QString error;
    auto cf = CaseFile::open(p.positionalArguments().at(0), CaseFile::Access::ReadOnly, &error);
    if (!cf) {
        io.err << "dialtrace-cli exercise score: " << error << '\n';
        return BadInput;
    }
    const QString l =
        p.isSet(lang)
            ? p.value(lang)
            : k.value(QStringLiteral("exercise")).toObject().value(QStringLiteral("lang")).toString();
    const ExerciseScore s = ExerciseScorer::score(k, cf->db(), l);
    if (p.isSet(kJson))
        printJsonDoc(io.out, QJsonDocument(s.toJson()));
    else
        io.out << s.toText(l);
    return Ok;
}

int cmdClass(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A class summary as CSV: every case given (or found in the folders given, *.dtcase) scored against\n"
        "the answer key, one row per case, a column per question (percent), the total and the mistakes."));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The pack's answer-key.dtkey."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("CSV output (the only format)."));
    p.addOptions({key, csv, kPassphrase});
    p.addPositionalArgument(QStringLiteral("CASE_OR_DIR"),
                            QStringLiteral("Trainees' cases or folders of them."),
                            QStringLiteral("CASE_OR_DIR..."));
    if (const int rc = parseOrExit(p, args, io, 1, -1); rc >= 0)
        return rc;
    if (!p.isSet(key)) {
        io.err << "dialtrace-cli exercise class: --key is needed\n";
        return Usage;
    }
    QJsonObject k;
    if (!openKey(QStringLiteral("class"), p.value(key), p, io, &k))
        return BadInput;
    QStringList cases;
    for (const QString &arg : p.positionalArguments()) {
        if (QFileInfo(arg).isDir()) {
            QStringList found;
            QDirIterator it(arg, {QStringLiteral("*.dtcase")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            cases << found;
        } else {
            cases << arg;
        }
    }
    QVector<ExerciseScore> scores;
    const QString lang =
        k.value(QStringLiteral("exercise")).toObject().value(QStringLiteral("lang")).toString();
    for (const QString &c : cases) {
        QString error;
        auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly, &error);
        if (!cf) {
            io.err << "dialtrace-cli exercise class: " << error << '\n';
            return BadInput;
        }
        scores.append(ExerciseScorer::score(k, cf->db(), lang));
    }
    io.out << QString::fromUtf8(ExerciseScorer::classCsv(k, cases, scores));
    return Ok;
}

int cmdScenarios(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The scenarios `exercise new` can play."));
    p.addOption(kJson);
    if (const int rc = parseOrExit(p, args, io, 0, 0); rc >= 0)
        return rc;
    QJsonArray all;
    for (const auto &s : ExerciseKey::scenarios()) {
        all.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QStringLiteral("operations"), QJsonArray::fromStringList(s.operations)},
                               {QStringLiteral("en"), s.en},
                               {QStringLiteral("zh"), s.zh}});
        if (!p.isSet(kJson))
            io.out << s.name.leftJustified(17) << ' ' << s.en << '\n';
    }
    if (p.isSet(kJson))
        printJsonDoc(io.out, QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), all},
                                                       // kept for scripts: every scenario asked for plays now
                                                       {QStringLiteral("not_yet"), QJsonArray()}}));
    return Ok;
}

} // namespace

int cmdExercise(const QStringList &args, Io &io)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return cmdNewPack(rest, io);
    if (sub == QLatin1String("answer"))
        return cmdAnswer(rest, io);
    if (sub == QLatin1String("score"))
        return cmdScore(rest, io);
    if (sub == QLatin1String("class"))
        return cmdClass(rest, io);
    if (sub == QLatin1String("scenarios"))
        return cmdScenarios(rest, io);
    (sub == QLatin1String("--help") || sub == QLatin1String("-h") ? io.out : io.err)
        << "Usage: dialtrace-cli exercise new DIR --scenario NAME --difficulty easy|medium|hard --seed N "
           "--lang zh|en\n"
           "       dialtrace-cli exercise answer CASE --question Q --entity E [--value V] [--note TEXT] | "
           "--list | --remove ID\n"
           "       dialtrace-cli exercise score CASE --key KEY [--lang zh|en] [--json]\n"
           "       dialtrace-cli exercise class CASE_OR_DIR... --key KEY --csv\n"
           "       dialtrace-cli exercise scenarios [--json]\n"
           "The trainer's passphrase: --passphrase-file FILE or $DIALTRACE_TRAINER_PASSPHRASE.\n";
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? Ok : Usage;
}

} // namespace dt::cli

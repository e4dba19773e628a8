// Training mode: exercise packs, their sealed keys, a trainee's answers and their scores (docs/training.md).
#include "case/casefile.h"
#include "case/database.h"
#include "case/exerciseanswers.h"
#include "ingest/importer.h"
#include "testutil.h"
#include "training/exercisepack.h"
#include "training/exercisescore.h"
#include "training/sealedkey.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::training;

namespace {

const QByteArray kPassphrase = "correct horse battery";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every file under @p dir, relative path → bytes.
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(QDir(dir).relativeFilePath(p), readAll(p));
    }
    return out;
}

QJsonObject questionOf(const QJsonObject &key, const QString &type, int nth = 0)
{
    for (const auto &v : key.value(QStringLiteral("questions")).toArray()) {
        if (v.toObject().value(QStringLiteral("type")).toString() == type && nth-- == 0)
            return v.toObject();
    }
    return {};
}

ExerciseAnswer answer(const QJsonObject &q, const QString &entity, const QString &value = {})
{
    ExerciseAnswer a;
    a.question = q.value(QStringLiteral("id")).toString();
    a.entity = entity;
    a.value = value;
    return a;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pack, m_case;
    QJsonObject m_key;

    /// A copy of the imported, unanswered case (@p base, else the main exercise's) holding @p answers.
    QString caseWith(const QVector<ExerciseAnswer> &answers, const QString &name, const QString &base = {})
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".dtcase"));
        QFile::remove(path);
        if (!QFile::copy(base.isEmpty() ? m_case : base, path))
            return {};
        QString error;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, &error);
        for (const auto &a : answers) {
            if (!cf || ExerciseAnswers::add(*cf, a, &error) == 0) {
                qWarning() << error;
                return {};
            }
        }
        return path;
    }

    QVector<ExerciseAnswer> perfect() { return perfect(m_key, m_case); }
    /// The answers a trainee who found everything gives, read off @p key and looked up in the case
    /// the way the workspace shows them (a call by its id).
    static QVector<ExerciseAnswer> perfect(const QJsonObject &key, const QString &casePath)
    {
        QVector<ExerciseAnswer> out;
        QString error;
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly, &error);
        for (const auto &v : key.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject q = v.toObject();
            const QString type = q.value(QStringLiteral("type")).toString();
            const QJsonValue a = q.value(QStringLiteral("answer"));
            if (type == QLatin1String("members") || type == QLatin1String("legitimate")) {
                for (const auto &n : a.toArray())
                    out << answer(q, n.toString());
            } else if (type == QLatin1String("complaints")) {
                for (const auto &c : a.toArray())
                    out << answer(q, c.toObject().value(QStringLiteral("reporter")).toString());
            } else if (type == QLatin1String("list")) {
                out << answer(q, a.toObject().value(QStringLiteral("list")).toString(),
                              QString::number(a.toObject().value(QStringLiteral("days")).toInteger()));
            } else if (type == QLatin1String("lineage")) {
                for (const auto &p : a.toArray())
                    out << answer(q, p.toObject().value(QStringLiteral("child")).toString(),
                                  p.toObject().value(QStringLiteral("parent")).toString());
            } else if (type == QLatin1String("rules")) {
                for (const auto &r : a.toArray()) {
                    const QJsonObject rule = r.toObject();
                    Statement s = cf->db().prepare(
                        rule.value(QStringLiteral("rows")).toArray().isEmpty()
                            ? QStringLiteral("SELECT c.id FROM calls c JOIN numbers n ON n.id = c.caller "
                                             "WHERE n.value = ?")
                            : QStringLiteral(
                                  "SELECT l.call_id FROM call_links l JOIN sources s ON s.id = l.source_id "
                                  "WHERE s.file_name || ':' || l.line = ?"));
                    const QJsonArray rows = rule.value(QStringLiteral("rows")).toArray();
                    s.bind(1, rows.isEmpty()
                                  ? rule.value(QStringLiteral("numbers")).toArray().first().toString()
                                  : rows.first().toString());
                    out << answer(
                        q, s.step() ? QStringLiteral("call:%1").arg(s.int64(0)) : QStringLiteral("call:none"),
                        rule.value(QStringLiteral("rule")).toString());
                }
            }
        }
        return out;
    }

    ExerciseScore scoreOf(const QString &casePath, const QJsonObject &key = {})
    {
        QString error;
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly, &error);
        if (!cf)
            qWarning() << error;
        return cf ? ExerciseScorer::score(key.isEmpty() ? m_key : key, cf->db(), QStringLiteral("zh"))
                  : ExerciseScore();
    }

    /// A pack for @p spec in @p pack, its key opened, and a trainee's case at @p casePath with every
    /// file of the pack imported with the sheet's acquisition dates, nothing else.
    static bool makeExercise(const ExerciseSpec &spec, const QString &pack, const QString &casePath,
                             QJsonObject *key, QString *error)
    {
        QByteArray plain;
        if (!ExercisePack::create(pack, spec, kPassphrase, nullptr, error) ||
            !SealedKey::open(readAll(pack + QStringLiteral("/answer-key.dtkey")), kPassphrase, &plain,
                             nullptr, error))
            return false;
        *key = QJsonDocument::fromJson(plain).object();
        auto cf = CaseFile::create(casePath, QStringLiteral("exercise"), error);
        if (!cf)
            return false;
        ingest::Importer importer(*cf);
        for (const auto &v : key->value(QStringLiteral("files")).toArray()) {
            ingest::ImportOptions o;
            o.acquired = v.toObject().value(QStringLiteral("acquired")).toString();
            if (!importer.importFile(pack + QStringLiteral("/files/") +
                                         v.toObject().value(QStringLiteral("file")).toString(),
                                     o, nullptr, error))
                return false;
        }
        return true;
    }

    /// Every mistake of @p s, "kind entity: text", one a line.
    static QStringList mistakesOf(const ExerciseScore &s)
    {
        QStringList all;
        for (const auto &q : s.questions) {
            for (const auto &m : q.mistakes)
                all << q.id + QLatin1Char(' ') + m.kind + QLatin1Char(' ') + m.entity + QStringLiteral(": ") +
                           m.text;
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        ExerciseSpec spec;
        spec.scenario = QStringLiteral("resold_lists");
        spec.difficulty = QStringLiteral("medium");
        spec.seed = 7;
        m_case = m_dir.filePath(QStringLiteral("trainee.dtcase"));
        QString error;
        QVERIFY2(makeExercise(spec, m_pack, m_case, &m_key, &error), qPrintable(error));
    }

    void packHoldsFilesSheetAndKey()
    {
        const auto files = tree(m_pack);
        QVERIFY(files.contains(QStringLiteral("exercise.html")));
        QVERIFY(files.contains(QStringLiteral("answer-key.dtkey")));
        QVERIFY(files.contains(QStringLiteral("files/cdr_carrier.csv")));
        QVERIFY(
            files.contains(QStringLiteral("files/pbx_master.csv"))); // medium: the PBX with its wrong clock
        QVERIFY(files.contains(QStringLiteral("files/leak_loan_app_users.txt")));
        QVERIFY(!files.contains(QStringLiteral("files/truth.json"))); // the truth is only in the sealed key
        // The sheet asks every question, in Chinese, and gives away no answer.
        const QString sheet = QString::fromUtf8(files.value(QStringLiteral("exercise.html")));
        QVERIFY(sheet.contains(QStringLiteral("团伙 A")));
        const QJsonArray questions = m_key.value(QStringLiteral("questions")).toArray();
        QVERIFY(questions.size() >= 8);
        for (const auto &q : questions)
            QVERIFY(sheet.contains(
                QStringLiteral("<b>%1</b>").arg(q.toObject().value(QStringLiteral("id")).toString())));
        for (const auto &n :
             questionOf(m_key, QStringLiteral("members")).value(QStringLiteral("answer")).toArray())
            QVERIFY2(!sheet.contains(n.toString()), qPrintable(n.toString()));
        for (const char *type : {"members", "legitimate", "list", "lineage", "complaints", "rules"})
            QVERIFY2(!questionOf(m_key, QLatin1String(type)).isEmpty(), type);
    }

    void perfectAnswersScoreFull()
    {
        const QString path = caseWith(perfect(), QStringLiteral("perfect"));
        QVERIFY(!path.isEmpty());
        const ExerciseScore s = scoreOf(path);
        QStringList mistakes;
        for (const auto &q : s.questions) {
            for (const auto &m : q.mistakes)
                mistakes << q.id + QStringLiteral(": ") + m.text;
        }
        QVERIFY2(mistakes.isEmpty(), qPrintable(mistakes.join(QLatin1Char('\n'))));
        QCOMPARE(s.total, 100.0);
        QVERIFY(s.warnings.isEmpty());
    }

    void unansweredScoresNothing()
    {
        const ExerciseScore s = scoreOf(m_case);
        QCOMPARE(s.total, 0.0);
        QCOMPARE(s.answers, 0);
    }

    void mistakesNamed_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("kind");   // the kind of mistake the feedback must name
        QTest::addColumn<QString>("phrase"); // what its text must say (zh)
        QTest::newRow("a member missed") << "drop-member"
                                         << "missed"
                                         << "但未被找出";
        QTest::newRow("a courier taken for a member") << "courier-member"
                                                      << "wrong"
                                                      << "快递员手机";
        QTest::newRow("an operator number called legitimate") << "operator-legitimate"
                                                              << "wrong"
                                                              << "并非正常业务号码";
        QTest::newRow("the wrong list") << "wrong-list"
                                        << "wrong"
                                        << "拨打的不是";
        QTest::newRow("days from acquisition off") << "days-off"
                                                   << "wrong"
                                                   << "首次呼叫应为";
        QTest::newRow("lineage the wrong way round") << "lineage-reversed"
                                                     << "wrong"
                                                     << "并非由";
        QTest::newRow("a non-complainant") << "non-complainant"
                                           << "wrong"
                                           << "没有举报过";
        QTest::newRow("a call that shows nothing") << "unsupported-call"
                                                   << "unsupported"
                                                   << "不能佐证";
        QTest::newRow("a rule not broken") << "rule-not-broken"
                                           << "wrong"
                                           << "并未违反";
    }

    void mistakesNamed()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        QVector<ExerciseAnswer> answers = perfect();
        const QJsonObject members = questionOf(m_key, QStringLiteral("members"));
        const QString courier = questionOf(m_key, QStringLiteral("legitimate"))
                                    .value(QStringLiteral("answer"))
                                    .toArray()
                                    .first()
                                    .toString();
        const QString memberNumber = members.value(QStringLiteral("answer")).toArray().first().toString();
        auto of = [&](const char *type) {
            return questionOf(m_key, QLatin1String(type)).value(QStringLiteral("id")).toString();
        };
        auto first = [&](const char *type) -> ExerciseAnswer & {
            return *std::find_if(answers.begin(), answers.end(),
                                 [&](const auto &a) { return a.question == of(type); });
        };
        QString entity; // the entity the feedback must name
        if (mistake == QLatin1String("drop-member")) {
            entity = memberNumber;
            answers.erase(std::find_if(answers.begin(), answers.end(),
                                       [&](const auto &a) { return a.entity == entity; }));
        } else if (mistake == QLatin1String("courier-member")) {
            answers << answer(members, courier);
            entity = courier;
        } else if (mistake == QLatin1String("operator-legitimate")) {
            answers << answer(questionOf(m_key, QStringLiteral("legitimate")), memberNumber);
            entity = memberNumber;
        } else if (mistake == QLatin1String("wrong-list")) {
            first("list").entity = entity = QStringLiteral("leak_education_parents");
        } else if (mistake == QLatin1String("days-off")) {
            first("list").value = entity = QString::number(first("list").value.toInt() + 5);
        } else if (mistake == QLatin1String("lineage-reversed")) {
            ExerciseAnswer &a = first("lineage");
            std::swap(a.entity, a.value);
            entity = a.value + QStringLiteral(" > ") + a.entity;
        } else if (mistake == QLatin1String("non-complainant")) {
            answers << answer(questionOf(m_key, QStringLiteral("complaints")), courier);
            entity = courier;
        } else if (mistake == QLatin1String("unsupported-call")) {
            ExerciseAnswer &a = first("rules");
            a.entity = entity = QStringLiteral("leak_loan_app_users.txt:2");
        } else if (mistake == QLatin1String("rule-not-broken")) {
            const QJsonObject rules = questionOf(m_key, QStringLiteral("rules"));
            QStringList broken;
            for (const auto &r : rules.value(QStringLiteral("answer")).toArray())
                broken << r.toObject().value(QStringLiteral("rule")).toString();
            for (const char *rule : {"service_number_marketing", "call_after_complaint", "autodial_volume"}) {
                if (!broken.contains(QLatin1String(rule)) && entity.isEmpty())
                    entity = QLatin1String(rule);
            }
            QVERIFY(!entity.isEmpty());
            answers << answer(rules, first("rules").entity, entity);
        }
        const ExerciseScore s = scoreOf(caseWith(answers, QStringLiteral("mistake")));
        QVERIFY(s.total < 100.0);
        bool named = false;
        QStringList all;
        for (const auto &q : s.questions) {
            for (const auto &m : q.mistakes) {
                all << m.kind + QLatin1Char(' ') + m.entity + QStringLiteral(": ") + m.text;
                named = named ||
                        (m.kind == kind && m.entity == entity && m.text.contains(phrase) && q.score < 1.0);
            }
        }
        QVERIFY2(named, qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(all.size(),
                 mistake == QLatin1String("wrong-list") || mistake == QLatin1String("lineage-reversed") ? 2
                                                                                                        : 1);
    }

    /// The scenarios played in the generator's hard variant: what the key asks holds the variant's
    /// actors, a trainee who answers from the key's own truth scores 100%, and a deliberate mistake is
    /// named with what the number really is.
    void hardVariantScenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("difficulty");
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("kind");   // the kind of mistake the feedback must name
        QTest::addColumn<QString>("phrase"); // what its text must say (zh)
        QTest::newRow("call centre: an agent missed") << "human_call_centre"
                                                      << "easy"
                                                      << "drop-member"
                                                      << "missed"
                                                      << "但未被找出";
        QTest::newRow("call centre: the 12345 hotline taken for an agent") << "human_call_centre"
                                                                           << "medium"
                                                                           << "hotline-member"
                                                                           << "wrong"
                                                                           << "12345 政务服务热线";
        QTest::newRow("bulk: bank 95555 not named legitimate") << "legitimate_bulk"
                                                               << "easy"
                                                               << "drop-95555"
                                                               << "missed"
                                                               << "银行客服热线";
        QTest::newRow("bulk: a second buyer's number called legitimate") << "legitimate_bulk"
                                                                         << "easy"
                                                                         << "operator-legitimate"
                                                                         << "wrong"
                                                                         << "并非正常业务号码";
    }

    void hardVariantScenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, difficulty);
        QFETCH(QString, mistake);
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        const QString name = scenario + QLatin1Char('-') + difficulty;
        const QString pack = m_dir.filePath(QStringLiteral("pack-") + name);
        const QString base = m_dir.filePath(name + QStringLiteral(".dtcase"));
        QJsonObject key;
        QString error;
        if (!QFileInfo::exists(base))
            QVERIFY2(makeExercise({scenario, difficulty, 11, QStringLiteral("zh")}, pack, base, &key, &error),
                     qPrintable(error));
        QByteArray plain;
        QVERIFY2(SealedKey::open(readAll(pack + QStringLiteral("/answer-key.dtkey")), kPassphrase, &plain,
                                 nullptr, &error),
                 qPrintable(error));
        key = QJsonDocument::fromJson(plain).object();

        // What the scenario is about is in the key: the variant's operations, lists and traps.
        QJsonObject lines = key.value(QStringLiteral("lines")).toObject();
        QStringList labels;
        for (auto it = lines.begin(); it != lines.end(); ++it)
            labels << it.value().toObject().value(QStringLiteral("label")).toString();
        const QJsonArray legitimate =
            questionOf(key, QStringLiteral("legitimate")).value(QStringLiteral("answer")).toArray();
        const QJsonObject members = questionOf(key, QStringLiteral("members"));
        QVERIFY(!members.isEmpty());
        if (scenario == QLatin1String("human_call_centre")) {
            QCOMPARE(key.value(QStringLiteral("operations"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("kind")),
                     QStringLiteral("human_call_centre"));
            QVERIFY(members.value(QStringLiteral("answer")).toArray().size() >= 20); // dozens of agents
            QCOMPARE(questionOf(key, QStringLiteral("list"))
                         .value(QStringLiteral("answer"))
                         .toObject()
                         .value(QStringLiteral("list")),
                     QStringLiteral("leak_car_owners"));
            QCOMPARE(legitimate.isEmpty(), difficulty == QLatin1String("easy"));
        } else {
            QCOMPARE(key.value(QStringLiteral("operations")).toArray().size(), 2); // OP7 and OP8
            QCOMPARE(questionOf(key, QStringLiteral("list"), 1)
                         .value(QStringLiteral("answer"))
                         .toObject()
                         .value(QStringLiteral("list")),
                     QStringLiteral("leak_stock_investors")); // both bought the same resold list
            for (const char *trap : {"legitimate:hospital_reminder", "legitimate:bank_service_line",
                                     "legitimate:government_hotline", "legitimate:ridehailing_privacy",
                                     "legitimate:courier", "legitimate:bank_callback"})
                QVERIFY2(labels.contains(QLatin1String(trap)), trap);
            QVERIFY(legitimate.contains(QStringLiteral("95555")));
            QVERIFY(legitimate.contains(QStringLiteral("12345")));
        }

        // Answered from the key's own truth: full marks.
        QVector<ExerciseAnswer> answers = perfect(key, base);
        const ExerciseScore best = scoreOf(caseWith(answers, name + QStringLiteral("-perfect"), base), key);
        QVERIFY2(mistakesOf(best).isEmpty(), qPrintable(mistakesOf(best).join(QLatin1Char('\n'))));
        QCOMPARE(best.total, 100.0);
        QVERIFY(best.warnings.isEmpty());

        // One deliberate mistake: the score drops and the feedback names it.
        const QString memberNumber = members.value(QStringLiteral("answer")).toArray().first().toString();
        QString entity;
        if (mistake == QLatin1String("drop-member")) {
            entity = memberNumber;
        } else if (mistake == QLatin1String("drop-95555")) {
            entity = QStringLiteral("95555");
        } else if (mistake == QLatin1String("hotline-member")) {
            entity = QStringLiteral("12345");
            answers << answer(members, entity);
        } else if (mistake == QLatin1String("operator-legitimate")) {
            entity = questionOf(key, QStringLiteral("members"), 1)
                         .value(QStringLiteral("answer"))
                         .toArray()
                         .first()
                         .toString();
            answers << answer(questionOf(key, QStringLiteral("legitimate")), entity);
        }
        if (mistake.startsWith(QLatin1String("drop-")))
            answers.erase(std::find_if(answers.begin(), answers.end(),
                                       [&](const auto &a) { return a.entity == entity; }));
        const ExerciseScore s = scoreOf(caseWith(answers, name + QStringLiteral("-mistake"), base), key);
        QVERIFY(s.total < 100.0);
        const QStringList all = mistakesOf(s);
        QCOMPARE(all.size(), 1);
        QVERIFY2(all.first().contains(QLatin1Char(' ') + kind + QLatin1Char(' ') + entity +
                                      QStringLiteral(": ")) &&
                     all.first().contains(phrase),
                 qPrintable(all.first()));
    }

    void alteredKeyRefused_data()
    {
        QTest::addColumn<int>("where"); // byte offset; negative from the end
        QTest::newRow("first byte") << 0;
        QTest::newRow("in the salt") << 100;
        QTest::newRow("in the ciphertext") << 2000;
        QTest::newRow("in the signature") << -20;
        QTest::newRow("last byte") << -1;
    }

    void alteredKeyRefused()
    {
        QFETCH(int, where);
        QByteArray sealed = readAll(m_pack + QStringLiteral("/answer-key.dtkey"));
        const qsizetype at = where >= 0 ? where : sealed.size() + where;
        sealed[at] = char(sealed[at] ^ 0x01);
        QByteArray plain;
        QString error;
        QVERIFY(!SealedKey::open(sealed, kPassphrase, &plain, nullptr, &error));
        QVERIFY(plain.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void wrongPassphraseRefused()
    {
        QByteArray plain;
        QString error;
        QVERIFY(!SealedKey::open(readAll(m_pack + QStringLiteral("/answer-key.dtkey")), "not the passphrase",
                                 &plain, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("passphrase")), qPrintable(error));
    }

    void sameSeedSamePack_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("difficulty");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("resold lists, medium, zh") << "resold_lists"
                                                  << "medium"
                                                  << "zh" << quint64(7);
        QTest::newRow("storm, easy, en") << "storm"
                                         << "easy"
                                         << "en" << quint64(7);
        // The whole world at 30,000 calls: seed 3 made the couriers read a moved call (a crash in
        // dialtrace-cli, a use after free that the asan preset reports here).
        QTest::newRow("storm, hard, zh") << "storm"
                                         << "hard"
                                         << "zh" << quint64(3);
        // The generator's hard variant: its own lists and actors.
        QTest::newRow("human call centre, easy, zh") << "human_call_centre"
                                                     << "easy"
                                                     << "zh" << quint64(11);
        QTest::newRow("legitimate bulk, medium, en") << "legitimate_bulk"
                                                     << "medium"
                                                     << "en" << quint64(11);
    }

    void sameSeedSamePack()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, difficulty);
        QFETCH(QString, lang);
        QFETCH(quint64, seed);
        ExerciseSpec spec{scenario, difficulty, seed, lang};
        QMap<QString, QByteArray> packs[2];
        for (int i = 0; i < 2; ++i) {
            const QString dir =
                m_dir.filePath(QStringLiteral("again-%1-%2-%3").arg(scenario, difficulty).arg(i));
            QString error;
            QVERIFY2(ExercisePack::create(dir, spec, kPassphrase, nullptr, &error), qPrintable(error));
            packs[i] = tree(dir);
        }
        QVERIFY(packs[0].size() >= 5);
        QCOMPARE(packs[0].keys(), packs[1].keys());
        for (const QString &f : packs[0].keys())
            QVERIFY2(packs[0].value(f) == packs[1].value(f), qPrintable(f));
        if (scenario == QLatin1String("resold_lists") && seed == 7)
            QCOMPARE(packs[0], tree(m_pack));
    }

    void refusedSpecs_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("difficulty");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unknown scenario") << "nonsense"
                                          << "easy"
                                          << "zh"
                                          << "unknown scenario";
        QTest::newRow("unknown difficulty") << "storm"
                                            << "extreme"
                                            << "zh"
                                            << "unknown difficulty";
        QTest::newRow("unknown language") << "storm"
                                          << "easy"
                                          << "fr"
                                          << "unknown language";
    }

    void refusedSpecs()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, difficulty);
        QFETCH(QString, lang);
        QFETCH(QString, phrase);
        QString error;
        const QString dir = m_dir.filePath(QStringLiteral("refused"));
        QVERIFY(!ExercisePack::create(dir, {scenario, difficulty, 1, lang}, kPassphrase, nullptr, &error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void throughTheCli()
    {
        const QString passFile =
            dttest::writeFile(m_dir.filePath(QStringLiteral("pass.txt")), kPassphrase + '\n');
        const QString path = caseWith({}, QStringLiteral("cli"));
        const QJsonObject members = questionOf(m_key, QStringLiteral("members"));
        const QString number = members.value(QStringLiteral("answer")).toArray().first().toString();
        QByteArray out, err;
        QCOMPARE(dttest::runCli({QStringLiteral("exercise"), QStringLiteral("answer"), path,
                                 QStringLiteral("--question"), members.value(QStringLiteral("id")).toString(),
                                 QStringLiteral("--entity"), number.mid(3), QStringLiteral("--note"),
                                 QStringLiteral("same cell")},
                                &out, &err),
                 0);
        QCOMPARE(dttest::runCli({QStringLiteral("exercise"), QStringLiteral("answer"), path,
                                 QStringLiteral("--question"), QStringLiteral("first"),
                                 QStringLiteral("--entity"), number},
                                &out, &err),
                 1);
        QCOMPARE(dttest::runCli({QStringLiteral("exercise"), QStringLiteral("score"), path,
                                 QStringLiteral("--key"), m_pack + QStringLiteral("/answer-key.dtkey"),
                                 QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--json")},
                                &out, &err),
                 0);
        const QJsonObject score = QJsonDocument::fromJson(out).object();
        const QJsonObject q1 = score.value(QStringLiteral("questions")).toArray().first().toObject();
        QCOMPARE(q1.value(QStringLiteral("correct")).toInt(), 1); // the national spelling counts
        QVERIFY(score.value(QStringLiteral("total")).toDouble() > 0);
        QCOMPARE(dttest::runCli({QStringLiteral("exercise"), QStringLiteral("class"), path,
                                 caseWith(perfect(), QStringLiteral("best")), QStringLiteral("--key"),
                                 m_pack + QStringLiteral("/answer-key.dtkey"),
                                 QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--csv")},
                                &out, &err),
                 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("case,trainees,answers,Q1,"));
        QVERIFY2(lines.at(2).contains(",100.0,0"), lines.at(2).constData());
        // The key altered: refused, exit 1.
        QByteArray sealed = readAll(m_pack + QStringLiteral("/answer-key.dtkey"));
        sealed[500] = char(sealed[500] ^ 0x20);
        const QString altered = dttest::writeFile(m_dir.filePath(QStringLiteral("altered.dtkey")), sealed);
        QCOMPARE(
            dttest::runCli({QStringLiteral("exercise"), QStringLiteral("score"), path,
                            QStringLiteral("--key"), altered, QStringLiteral("--passphrase-file"), passFile},
                           &out, &err),
            1);
        QVERIFY2(err.contains("altered"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"

// The translations are finished: every zh_CN entry has its Chinese, and every plural (numerus)
// entry of either language has each of its language's forms, keeping the source's placeholders.
// English needs no other entry: the source text is English.
#include <algorithm>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context, source, type;
    bool numerus = false;
    QStringList forms; ///< the numerus forms, or the one translation
};

QVector<Entry> readTs(const QString &path, QString *error)
{
    QVector<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry *e = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !e) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                out.append(Entry{context,
                                 {},
                                 {},
                                 xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                                 {}});
                e = &out.last();
            } else if (e && name == QLatin1String("source")) {
                e->source = xml.readElementText();
            } else if (e && name == QLatin1String("translation")) {
                e->type = xml.attributes().value(QLatin1String("type")).toString();
                if (!e->numerus)
                    e->forms << xml.readElementText();
            } else if (e && name == QLatin1String("numerusform")) {
                e->forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            e = nullptr;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

/// The placeholders of @p text (%1, %n, %Ln…), each once.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|\\d+)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finished_data();
    void finished();
    void checkerSeesUnfinishedNumerus();

public:
    /// What is unfinished in @p entries for a language of @p pluralForms forms (every entry when
    /// @p all, else the numerus ones), one line each.
    static QStringList unfinished(const QVector<Entry> &entries, int pluralForms, bool all);
};

QStringList TestTranslations::unfinished(const QVector<Entry> &entries, int pluralForms, bool all)
{
    QStringList bad;
    for (const Entry &e : entries) {
        if (!all && !e.numerus)
            continue;
        const QString where = e.context + QStringLiteral(": ") + e.source.left(80);
        if (!e.type.isEmpty()) {
            bad << e.type + QStringLiteral(": ") + where;
            continue;
        }
        if (e.numerus && e.forms.size() != pluralForms) {
            bad << QStringLiteral("%1 forms, not %2: ").arg(e.forms.size()).arg(pluralForms) + where;
            continue;
        }
        for (const QString &form : e.forms) {
            if (form.trimmed().isEmpty())
                bad << QStringLiteral("empty: ") + where;
            else if (placeholders(form) != placeholders(e.source) &&
                     !(e.numerus &&
                       placeholders(form) + QSet<QString>{QStringLiteral("%n")} == placeholders(e.source)))
                bad << QStringLiteral("placeholders differ (%1): ").arg(form.left(80)) + where;
        }
    }
    return bad;
}

void TestTranslations::finished_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("all");
    // Chinese has one plural form, English two (one, other).
    QTest::newRow("zh_CN, every entry") << QStringLiteral("dialtrace_zh_CN.ts") << 1 << true;
    QTest::newRow("en, plural entries") << QStringLiteral("dialtrace_en.ts") << 2 << false;
}

void TestTranslations::finished()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFETCH(bool, all);
    QString error;
    const QVector<Entry> entries =
        readTs(QStringLiteral(DT_TEST_DATA_DIR "/../../resources/translations/") + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.numerus; }));
    const QStringList bad = unfinished(entries, pluralForms, all);
    QVERIFY2(bad.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished:\n").arg(bad.size()) + bad.join(QLatin1Char('\n'))));
}

// The check itself: a numerus entry left as lupdate writes it, with one form empty, or with a form
// missing is found; a finished one passes.
void TestTranslations::checkerSeesUnfinishedNumerus()
{
    const QString source = QStringLiteral("%n call(s) in %1");
    const Entry done{QStringLiteral("c"),
                     source,
                     {},
                     true,
                     {QStringLiteral("%n call in %1"), QStringLiteral("%n calls in %1")}};
    QVERIFY(unfinished({done}, 2, false).isEmpty());
    const Entry fresh{
        QStringLiteral("c"), source, QStringLiteral("unfinished"), true, {QString(), QString()}};
    QCOMPARE(unfinished({fresh}, 2, false).size(), 1);
    const Entry oneEmpty{QStringLiteral("c"), source, {}, true, {QStringLiteral("%n call in %1"), QString()}};
    QCOMPARE(unfinished({oneEmpty}, 2, false).size(), 1);
    const Entry oneForm{QStringLiteral("c"), source, {}, true, {QStringLiteral("%n call in %1")}};
    QCOMPARE(unfinished({oneForm}, 2, false).size(), 1);
    const Entry lostArg{
        QStringLiteral("c"), source, {}, true, {QStringLiteral("%n call"), QStringLiteral("%n calls")}};
    QCOMPARE(unfinished({lostArg}, 2, false).size(), 2);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

#pragma once
// The "no English sentence" check of the Chinese texts (reports and the GUI): what an English
// reader would read as words of English, with codes, file names, hashes and figures left out.
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dttest {

/// What counts as a word: letters only, so codes with digits, dots, dashes or underscores
/// (cdr-csv, cdr_carrier.csv, OPR-001, SHA-256) are single tokens that never match.
inline const QRegularExpression &englishWord()
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
    return word;
}

/// A word written as an English word (at least two letters, lower case after the first): a code
/// shown to users ("unambiguous", "calls") matches, acronyms (IMEI, TAC, UTF, ASCII) do not.
inline const QRegularExpression &englishLowerWord()
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][a-z]+$"));
    return word;
}

/// The runs of @p minWords or more consecutive @p word tokens in the lines of @p text, each with
/// the line it is in.
inline QStringList englishRuns(const QString &text, int minWords = 3,
                               const QRegularExpression &word = englishWord())
{
    static const QRegularExpression split(QStringLiteral("[\\s,;:()（），；：、。]+"));
    QStringList runs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QStringList run;
        const QStringList tokens = line.split(split);
        for (qsizetype i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && word.match(tokens.at(i)).hasMatch()) {
                run << tokens.at(i);
                continue;
            }
            if (run.size() >= minWords)
                runs << run.join(QLatin1Char(' ')) + QStringLiteral("  in: ") + line.left(160);
            run.clear();
        }
    }
    return runs;
}

/// The text of an HTML document, a line per element, code spans and the style sheet left out.
inline QString htmlText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*?</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<code>.*?</code>")), QStringLiteral(" | "));
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral("\n"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

} // namespace dttest

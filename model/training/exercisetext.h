#pragma once
#include <QJsonObject>
#include <QString>

namespace dt::training {

/**
 * The exercise's documents (sheet, feedback) are written in the language the trainer chose for the
 * exercise, not the interface's: like the evidence report, each sentence carries both languages.
 */
class Lang
{
public:
    explicit Lang(const QString &code)
        : m_zh(code != QLatin1String("en"))
    {}
    bool zh() const { return m_zh; }
    QString code() const { return m_zh ? QStringLiteral("zh") : QStringLiteral("en"); }
    QString t(const char *en, const char *zh) const { return QString::fromUtf8(m_zh ? zh : en); }

private:
    bool m_zh;
};

/// The kind of a question by its code ("members", "legitimate", "list", "lineage", "complaints",
/// "rules") in a few words; an unknown code as it is.
QString questionTypeName(const QString &type, const Lang &l);
/// A rule of the 2018 campaign by its code (as `findings --json` names it).
QString ruleName(const QString &rule, const Lang &l);
/// What a number really is, from its truth label ("operator:OP1", "legitimate:courier" …) and the
/// operation labels of the key (OP1 → "A").
QString labelText(const QString &label, const QJsonObject &key, const Lang &l);
/// The operation's letter on the sheet for a truth id, or the id itself.
QString operationLetter(const QJsonObject &key, const QString &truthId);
/// The question as the sheet asks it.
QString questionText(const QJsonObject &question, const QJsonObject &key, const Lang &l);
/// How to record the answer (`exercise answer` options or the workspace's menu).
QString answerHint(const QJsonObject &question, const Lang &l);
/// A local date and time in the exercise's zone, "2026-09-02 21:14".
QString localTime(qint64 utc);

} // namespace dt::training

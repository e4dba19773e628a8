#pragma once
#include <functional>
#include <QUndoCommand>

namespace dt {
class CaseFile;

namespace ui {

/// Adds a note to an entity; undo removes it (both stay in the audit log).
class AddNoteCommand : public QUndoCommand
{
public:
    AddNoteCommand(CaseFile *cf, QString type, QString key, QString text, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    CaseFile *m_case;
    QString m_type, m_key, m_text;
    qint64 m_id = 0;
    std::function<void()> m_changed;
};

/// Puts a tag on an entity or a call (or takes it off); undo does the opposite (both audited).
class SetTagCommand : public QUndoCommand
{
public:
    SetTagCommand(CaseFile *cf, QString type, QString key, QString tag, bool on,
                  std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    void apply(bool on);
    CaseFile *m_case;
    QString m_type, m_key, m_tag;
    bool m_on;
    std::function<void()> m_changed;
};

} // namespace ui
} // namespace dt

#include "annotationcommands.h"

#include "case/annotations.h"
#include "case/casefile.h"

#include <QCoreApplication>
#include <QDebug>

namespace dt::ui {

AddNoteCommand::AddNoteCommand(CaseFile *cf, QString type, QString key, QString text,
                               std::function<void()> changed)
    : m_case(cf)
    , m_type(std::move(type))
    , m_key(std::move(key))
    , m_text(std::move(text))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("dt::ui::AddNoteCommand", "note on %1").arg(m_key));
}

void AddNoteCommand::redo()
{
    QString error;
    // The same id on redo: what was undone comes back as it was.
    m_id = Annotations::add(*m_case, m_type, m_key, m_text, &error, m_id);
    if (!m_id) {
        qWarning() << error;
        setObsolete(true);
    }
    if (m_changed)
        m_changed();
}

void AddNoteCommand::undo()
{
    QString error;
    if (m_id && !Annotations::remove(*m_case, m_id, &error))
        qWarning() << error;
    if (m_changed)
        m_changed();
}

} // namespace dt::ui

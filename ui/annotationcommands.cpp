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

SetTagCommand::SetTagCommand(CaseFile *cf, QString type, QString key, QString tag, bool on,
                             std::function<void()> changed)
    : m_case(cf)
    , m_type(std::move(type))
    , m_key(std::move(key))
    , m_tag(std::move(tag))
    , m_on(on)
    , m_changed(std::move(changed))
{
    setText(on ? QCoreApplication::translate("dt::ui::SetTagCommand", "tag %1 on %2").arg(m_tag, m_key)
               : QCoreApplication::translate("dt::ui::SetTagCommand", "tag %1 off %2").arg(m_tag, m_key));
    // Tagging what already carries the tag changes nothing, and its undo must not take it off.
    const bool has = Annotations::tags(cf->db(), m_type, m_key).contains(m_tag);
    if (has == on)
        setObsolete(true);
}

void SetTagCommand::apply(bool on)
{
    QString error;
    if (!Annotations::setTag(*m_case, m_type, m_key, m_tag, on, &error))
        qWarning() << error;
    if (m_changed)
        m_changed();
}

void SetTagCommand::redo()
{
    if (!isObsolete())
        apply(m_on);
}

void SetTagCommand::undo()
{
    if (!isObsolete())
        apply(!m_on);
}

} // namespace dt::ui

#include "entitypanel.h"

#include "analysis/describe.h"
#include "analysis/findingsjson.h"
#include "annotationcommands.h"
#include "case/annotations.h"
#include "case/casefile.h"
#include "casequery.h"
#include "core/language.h"
#include "entitypaneldevices.h"
#include "entitypanelfindings.h"
#include "languagemanager.h"
#include "phone/lookup.h"

#include <algorithm>
#include <QDateTime>
#include <QDebug>
#include <QEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace dt::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
/// A time in the case's zone with the offset beside it: the panel has no column header to name it.
QString localTime(const CaseFile *cf, qint64 utc)
{
    return utc && cf ? cf->clock().stamp(utc) : QString();
}
} // namespace

EntityPanel::EntityPanel(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("entityPanel"));
    m_query = new CaseQuery(this);
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    m_search = new QLineEdit(w);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTextBrowser(w);
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setOpenLinks(false);
    m_note = new QLineEdit(w);
    m_note->setObjectName(QStringLiteral("noteBox"));
    l->addWidget(m_search);
    l->addWidget(m_view, 1);
    l->addWidget(m_note);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        // "#word" tags the entity; anything else is a note.
        const QString t = m_note->text().trimmed();
        const bool done = t.startsWith(QLatin1Char('#')) ? tag(t.mid(1).trimmed()) : annotate(t);
        if (done)
            m_note->clear();
    });
    setWidget(w);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { showEntity(m_search->text()); });
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("untag")) {
            tag(url.path(), false);
            return;
        }
        m_search->setText(url.path());
        showEntity(url.path());
    });
    retranslateUi();
}

void EntityPanel::setCase(CaseFile *cf)
{
    m_query->cancel();
    if (cf != m_case) { // what was looked up and half-typed concerns the last case
        m_search->clear();
        m_note->clear();
    }
    m_case = cf;
    m_findings.reset();
    m_details = EntityDetails();
    m_view->clear();
}

void EntityPanel::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    m_findings = std::move(findings);
    if (!m_details.input.isEmpty())
        m_view->setHtml(render(m_details));
}

void EntityPanel::clockChanged()
{
    if (!m_details.input.isEmpty())
        m_view->setHtml(render(m_details));
}

bool EntityPanel::isBusy() const
{
    return m_query->isBusy();
}

void EntityPanel::showEntity(const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    if (!m_case) {
        m_query->cancel();
        m_details = EntityDetails();
        m_operator.reset();
        m_details.input = value;
        m_view->setHtml(render(m_details));
        Q_EMIT entityShown(m_details.key);
        return;
    }
    m_view->setHtml(QStringLiteral("<p style='color:#616161'>") +
                    tr("Looking up %1…").arg(value.trimmed().toHtmlEscaped()) + QStringLiteral("</p>"));
    m_query->start(m_case->path(), [this, value](CaseFile *cf, const QString &error) {
        EntityDetails d;
        if (cf) {
            d = EntityLookup::describe(*cf, value);
        } else {
            d.input = value;
            qWarning() << error;
        }
        std::shared_ptr<const ShownOperator> op = shownOperator(d);
        return std::function<void()>([this, d, op] {
            m_details = d;
            m_operator = op;
            m_view->setHtml(render(m_details));
            Q_EMIT entityShown(m_details.key);
        });
    });
}

QString EntityPanel::html() const
{
    return m_view->toHtml();
}

bool EntityPanel::annotate(const QString &text)
{
    if (!m_case || m_case->isReadOnly() || !m_details.inCase || m_details.key.isEmpty() ||
        text.trimmed().isEmpty())
        return false;
    auto refresh = [this] {
        if (m_case)
            m_view->setHtml(render(m_details));
    };
    push(new AddNoteCommand(m_case, m_details.kind, m_details.annotationKey(), text.trimmed(), refresh));
    return true;
}

bool EntityPanel::tag(const QString &name, bool on)
{
    if (!m_case || m_case->isReadOnly() || !m_details.inCase || m_details.key.isEmpty() ||
        name.trimmed().isEmpty())
        return false;
    auto refresh = [this] {
        if (m_case)
            m_view->setHtml(render(m_details));
    };
    push(new SetTagCommand(m_case, m_details.kind, m_details.annotationKey(), name.trimmed(), on, refresh));
    return true;
}

void EntityPanel::push(QUndoCommand *command)
{
    if (m_undo) {
        m_undo->push(command); // runs redo(); an obsolete command is dropped
    } else {
        command->redo();
        delete command;
    }
}

QString EntityPanel::render(const EntityDetails &d) const
{
    QString h;
    const QJsonObject &o = d.offline;
    auto row = [&h](const QString &k, const QString &v) {
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    h += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(esc(d.key.isEmpty() ? d.input : d.key));
    const analysis::Language lang = interfaceLanguage();
    const bool zh = lang == analysis::Language::Chinese;
    if (d.kind == QLatin1String("phone")) {
        row(tr("Type"), analysis::displayName(analysis::Vocabulary::NumberType,
                                              o.value(QStringLiteral("type")).toString(), lang));
        row(tr("Carrier"),
            o.value(zh ? QStringLiteral("carrier_zh") : QStringLiteral("carrier_en")).toString());
        row(tr("Place"), o.value(zh ? QStringLiteral("place_zh") : QStringLiteral("place_en")).toString());
        row(tr("Callability"),
            analysis::displayName(analysis::Vocabulary::Callability,
                                  o.value(QStringLiteral("callability")).toString(), lang));
        row(tr("Why"), o.value(QStringLiteral("why")).toString());
    } else if (d.kind == QLatin1String("id_card")) {
        row(tr("ID number"), o.value(QStringLiteral("id_card")).toString());
        row(tr("Valid"), o.value(QStringLiteral("valid")).toBool() ? tr("yes") : tr("no"));
        row(tr("Issued in"), o.value(QStringLiteral("place")).toString());
        row(tr("Born"), o.value(QStringLiteral("birth_date")).toString());
        row(tr("Why"), o.value(QStringLiteral("why")).toString());
    } else if (d.kind == QLatin1String("masked_phone")) {
        row(tr("Pattern"), o.value(QStringLiteral("pattern")).toString());
        row(tr("Numbers in the case that fit"), QString::number(d.candidates.size()));
    } else if (d.kind == QLatin1String("imei")) {
        row(tr("IMEI"), o.value(QStringLiteral("imei")).toString());
        row(tr("TAC (model batch)"), o.value(QStringLiteral("tac")).toString());
        row(tr("Why"), o.value(QStringLiteral("why")).toString());
    }
    h += QStringLiteral("</table>");
    if (!m_case)
        return h + QStringLiteral("<p>") + esc(tr("Open a case to see its calls, leaks and complaints.")) +
               QStringLiteral("</p>");
    if (!d.inCase)
        return h + QStringLiteral("<p><i>") + esc(tr("Not found in this case.")) + QStringLiteral("</i></p>");
    if (d.kind == QLatin1String("operator") || d.kind == QLatin1String("leak_list"))
        h += renderFinding(d);
    if (d.kind == QLatin1String("phone")) {
        h += QStringLiteral("<h4>%1</h4><table cellspacing='4'>").arg(esc(tr("Calls")));
        row(tr("Calls made"), tr("%1 to %2 numbers").arg(d.callsOut).arg(d.distinctCallees));
        row(tr("Calls received"), tr("%1 from %2 numbers").arg(d.callsIn).arg(d.distinctCallers));
        row(tr("Active"),
            localTime(m_case, d.firstCall) + QStringLiteral(" — ") + localTime(m_case, d.lastCall));
        if (!d.devices.isEmpty())
            row(tr("Handsets (IMEI)"), d.devices.join(QStringLiteral(", ")));
        h += QStringLiteral("</table>");
        if (!d.rowsPerSource.isEmpty()) {
            // Source names are the analyst's (file names): a label each, the sentence around them ours.
            h += QStringLiteral("<h4>%1</h4><table cellspacing='4'>")
                     .arg(esc(tr("Call records naming it, per source file")));
            for (const auto &[source, rows] : d.rowsPerSource)
                row(source, tr("%Ln record(s)", nullptr, int(rows)));
            h += QStringLiteral("</table>");
        }
        h += EntityFindings::renderNumber(m_findings.get(), d.key, lang);
    }
    h += handsetTimelineHtml(d, [this](qint64 utc) { return localTime(m_case, utc); });
    if (!d.sameTac.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>")
                 .arg(esc(
                     tr("Handsets of the same model batch (TAC) in the case (%1)").arg(d.sameTac.size())));
        for (const QString &s : d.sameTac)
            h += QStringLiteral("<li>%1</li>").arg(esc(s));
        h += QStringLiteral("</ul>");
    }
    if (!d.candidates.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><p>").arg(esc(tr("Candidates")));
        for (const QString &c : d.candidates)
            h += QStringLiteral("<a href='dt:%1'>%1</a> ").arg(esc(c));
        h += QStringLiteral("</p>");
    }
    if (!d.leaks.isEmpty()) {
        h +=
            QStringLiteral("<h4>%1</h4><table "
                           "cellspacing='4'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(tr("In leaked lists (%1)").arg(d.leaks.size())), esc(tr("List")), esc(tr("Line")),
                     esc(tr("Name")), esc(tr("Phone")), esc(tr("ID number")));
        for (const auto &l : d.leaks)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(l.source))
                     .arg(l.line)
                     .arg(esc(l.name), esc(l.phone), esc(l.idCard));
        h += QStringLiteral("</table>");
    }
    auto complaints = [&](const QString &title, const QVector<ComplaintHit> &list) {
        if (list.isEmpty())
            return;
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(title));
        for (const auto &c : list)
            h += QStringLiteral("<li>%1 · %2 → %3 · %4 · %5 (%6:%7)</li>")
                     .arg(esc(localTime(m_case, c.timeUtc)), esc(c.complainant), esc(c.reported),
                          esc(c.category), esc(c.text), esc(c.source))
                     .arg(c.line);
        h += QStringLiteral("</ul>");
    };
    complaints(tr("Complaints about it (%1)").arg(d.complaintsAgainst.size()), d.complaintsAgainst);
    complaints(tr("Complaints it made (%1)").arg(d.complaintsMade.size()), d.complaintsMade);
    if (m_case && d.inCase && !d.key.isEmpty()) {
        const QStringList tags = Annotations::tags(m_case->db(), d.kind, d.annotationKey());
        if (!tags.isEmpty()) {
            QStringList links;
            for (const QString &t : tags)
                links << QStringLiteral(
                             "<span style=\"background:#fdebd0\">&nbsp;#%1&nbsp;<a href=\"untag:%2\" "
                             "title=\"%3\">×</a></span>")
                             .arg(esc(t), QString::fromUtf8(QUrl::toPercentEncoding(t)),
                                  esc(tr("Take the tag off")));
            h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Tags")), links.join(QLatin1Char(' ')));
        }
        const QVector<Annotation> notes = Annotations::of(m_case->db(), d.kind, d.annotationKey());
        if (!notes.isEmpty()) {
            h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Notes (%1)").arg(notes.size())));
            for (const Annotation &a : notes)
                h += QStringLiteral("<li>%1 <i>(%2, %3)</i></li>")
                         .arg(esc(a.text), esc(a.author),
                              esc(localTime(m_case, CaseClock::instantOf(a.createdUtc))));
            h += QStringLiteral("</ul>");
        }
    }
    return h;
}

std::shared_ptr<const EntityPanel::ShownOperator> EntityPanel::shownOperator(const EntityDetails &d)
{
    if (d.kind != QLatin1String("operator"))
        return nullptr;
    auto shown = std::make_shared<ShownOperator>();
    shown->op = analysis::FindingsJson::operatorFromJson(d.finding);
    analysis::Operator &op = shown->op;
    shown->numbers = op.numbers.size();
    shown->imeis = op.imeis.size();
    shown->evidence = qsizetype(op.evidence.size());
    op.numbers = op.numbers.mid(0, kShown);
    op.imeis = op.imeis.mid(0, kShown);
    if (op.evidence.size() > size_t(kShown))
        op.evidence.erase(op.evidence.begin() + kShown, op.evidence.end());
    return shown;
}

QString EntityPanel::renderFinding(const EntityDetails &d) const
{
    QString h = QStringLiteral("<table cellspacing='4'>");
    auto row = [&h](const QString &k, const QString &v) {
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    // An operator of a big case has thousands of numbers and tens of thousands of links: the panel
    // lists the first ones and says how many more there are (the report lists them all).
    const auto more = [](qsizetype shown, qsizetype all) -> QString {
        return all > shown ? QStringLiteral(" <i>") + esc(tr("… and %n more", nullptr, int(all - shown))) +
                                 QStringLiteral("</i>")
                           : QString();
    };
    auto links = [&more](const QStringList &values, qsizetype all) -> QString {
        QStringList out;
        for (qsizetype i = 0; i < std::min<qsizetype>(values.size(), kShown); ++i)
            out << QStringLiteral("<a href='dt:%1'>%1</a>").arg(esc(values.at(i)));
        return out.join(QStringLiteral(", ")) + more(out.size(), all);
    };
    const analysis::Language lang = interfaceLanguage();
    // The stored finding (case/ keeps it as the row holds it): read through the findings' serialiser.
    if (d.kind == QLatin1String("operator")) {
        const std::shared_ptr<const ShownOperator> shown =
            m_operator && &d == &m_details ? m_operator : shownOperator(d);
        const analysis::Operator &op = shown->op;
        row(tr("Kind"), esc(tr("Operator (analysis run %1)").arg(d.runId)));
        row(tr("Numbers (%1)").arg(shown->numbers), links(op.numbers, shown->numbers));
        row(tr("Handsets (IMEI)"), links(op.imeis, shown->imeis));
        row(tr("Active"),
            esc(localTime(m_case, op.firstCall) + QStringLiteral(" — ") + localTime(m_case, op.lastCall)));
        row(tr("Calls"), QString::number(op.calls));
        row(tr("Victims"), QString::number(op.victims));
        h += QStringLiteral("</table>");
        if (!op.evidence.empty()) {
            const qsizetype evidence = shown->evidence;
            h += QStringLiteral("<h4>%1</h4><ul>")
                     .arg(esc(tr("Why these numbers are one operator (%1 links)").arg(evidence)));
            for (qsizetype i = 0; i < std::min<qsizetype>(qsizetype(op.evidence.size()), kShown); ++i) {
                const analysis::Evidence &e = op.evidence[size_t(i)];
                QStringList why;
                for (const analysis::EvidenceLink &l : e.links) {
                    const QString figures = analysis::describeFigures(l, lang);
                    why << analysis::displayName(l.type, lang) +
                               (figures.isEmpty() ? QString()
                                                  : QStringLiteral(" (") + figures + QLatin1Char(')'));
                }
                h += QStringLiteral("<li>%1 — %2: %3</li>")
                         .arg(esc(e.a), esc(e.b),
                              esc(why.join(lang == analysis::Language::Chinese ? QStringLiteral("；")
                                                                               : QStringLiteral("; "))));
            }
            h += QStringLiteral("</ul>") + more(std::min<qsizetype>(evidence, kShown), evidence);
        }
        if (!op.leaks.empty()) {
            h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Leaked lists it dialled")));
            for (const analysis::ListAttribution &l : op.leaks) {
                const QString figures =
                    tr("%1 of its victims, lift %2").arg(l.victimsInLeak).arg(l.lift, 0, 'f', 2);
                h += QStringLiteral("<li>%1 <a href='dt:%2'>%2</a> — %3</li>")
                         .arg(l.rank)
                         .arg(esc(l.source), l.significant ? QStringLiteral("<b>%1</b>").arg(esc(figures))
                                                           : esc(tr("%1 (not significant)").arg(figures)));
            }
            h += QStringLiteral("</ul>");
        }
        return h;
    }
    const QJsonObject &src = d.source;
    row(tr("Kind"), esc(tr("Leaked list")));
    row(tr("File"), esc(src.value(QStringLiteral("file_name")).toString()));
    row(tr("SHA-256"),
        QStringLiteral("<tt>%1</tt>").arg(esc(src.value(QStringLiteral("sha256")).toString())));
    row(tr("Acquired"), esc(src.value(QStringLiteral("acquired")).toString()));
    row(tr("Records"), tr("%1 accepted, %2 rejected")
                           .arg(src.value(QStringLiteral("accepted")).toInteger())
                           .arg(src.value(QStringLiteral("rejected")).toInteger()));
    if (d.runId) {
        const analysis::ListSummary list = analysis::FindingsJson::listFromJson(d.finding);
        row(tr("Phones"), QString::number(list.phones));
        row(tr("Masked phones"), QString::number(list.maskedPhones));
        row(tr("ID numbers"), QString::number(list.idCards));
        row(tr("Dialled by operators"),
            esc(tr("%1 of its people (analysis run %2)").arg(list.dialledByOperators).arg(d.runId)));
    }
    return h + QStringLiteral("</table>");
}

void EntityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The offline look-up's sentences ("mobile number of China Mobile") are in the language of
        // the moment they were made: make them again in the new one.
        if (!m_details.offline.isEmpty())
            m_details.offline = lookupValue(m_details.input);
        if (!m_details.input.isEmpty())
            m_view->setHtml(render(m_details));
    }
    QDockWidget::changeEvent(event);
}

void EntityPanel::retranslateUi()
{
    setWindowTitle(tr("Details"));
    m_search->setPlaceholderText(
        tr("Number (any spelling), 138****1234, ID number, name, OPR-001 or a list — Return"));
    m_note->setPlaceholderText(
        tr("Add a note, or #tag, on this entity — Return (Edit → Undo takes it back)"));
}

} // namespace dt::ui

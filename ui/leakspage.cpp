#include "leakspage.h"

#include "analysis/detection.h"
#include "analysis/leakmodels.h"
#include "analysis/victimtrail.h"
#include "case/casefile.h"
#include "casequery.h"
#include "columnmemory.h"
#include "core/language.h"
#include "languagemanager.h"
#include "lineageview.h"
#include "tabletools.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

const QColor kNotSignificant(0xe0, 0xe0, 0xe0);

/// The attribution colour: light to dark red with the share of the operator's victims the list holds.
QColor strengthColour(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    return QColor::fromHsvF(0.02f, float(0.12 + 0.78 * t), float(1.0 - 0.32 * t));
}

/// Colours matrix cells by LeakMatrixModel::StrengthRole (the model itself has no GUI types).
class StrengthDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant s = index.data(analysis::LeakMatrixModel::StrengthRole);
        if (!s.isValid())
            return;
        const double share = s.toDouble();
        const QColor bg = share < 0 ? kNotSignificant : strengthColour(share);
        option->backgroundBrush = bg;
        option->palette.setColor(QPalette::Text, share > 0.5 ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21));
        if (share < 0)
            option->palette.setColor(QPalette::Text, QColor(0x61, 0x61, 0x61));
    }
};

/// A header whose labels wrap onto two lines, at spaces or after underscores (list names are long).
class WrappingHeader : public QHeaderView
{
public:
    WrappingHeader(int lines, QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
        , m_lines(lines)
    {
        setSectionsClickable(true);
        setHighlightSections(true);
    }

    static QString breakable(QString text)
    {
        return text.replace(QLatin1Char('_'), QStringLiteral("_\u200b"));
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        QStyleOptionHeader opt;
        initStyleOptionForIndex(&opt, logicalIndex);
        opt.rect = rect;
        const QString text = opt.text;
        opt.text.clear();
        painter->save();
        style()->drawControl(QStyle::CE_Header, &opt, painter, this);
        painter->restore();
        painter->save();
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(rect.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, breakable(text));
        painter->restore();
    }

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize s = QHeaderView::sectionSizeFromContents(logicalIndex);
        const QString text =
            model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
        int widest = 0; // the longest piece that cannot wrap
        for (const QString &piece : breakable(text).split(QRegularExpression(QStringLiteral("[ \u200b]"))))
            widest = std::max(widest, fontMetrics().horizontalAdvance(piece));
        const int full = fontMetrics().horizontalAdvance(text);
        s.setWidth(std::min(s.width() + 4, std::max(widest, (full + 1) / 2) + 14));
        s.setHeight(m_lines * fontMetrics().lineSpacing() + 8);
        return s;
    }

private:
    int m_lines;
};

QTableView *table(QWidget *parent, const QString &name, int headerLines)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setAlternatingRowColors(true);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setWordWrap(false);
    v->setHorizontalHeader(new WrappingHeader(headerLines, v));
    return v;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A trail's instant in the case's local time like the details panel; empty when unknown.
QString local(const CaseClock &clock, std::optional<qint64> utc)
{
    return utc ? clock.text(*utc, CaseClock::Precision::Minutes) : QString();
}

} // namespace

LeaksPage::LeaksPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leaksPage"));
    auto *outer = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("leaksStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    m_trailQuery = new CaseQuery(this);
    m_lists = new analysis::LeakListsModel(this);
    m_matrix = new analysis::LeakMatrixModel(this);

    m_listsBox = new QGroupBox(this);
    auto *ll = new QVBoxLayout(m_listsBox);
    m_listsView = table(m_listsBox, QStringLiteral("leakListsView"), 2);
    m_listsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listsView->verticalHeader()->hide();
    m_listsView->horizontalHeader()->setStretchLastSection(true);
    m_listsView->setModel(m_lists);
    ll->addWidget(m_listsView);

    m_matrixBox = new QGroupBox(this);
    auto *ml = new QVBoxLayout(m_matrixBox);
    m_matrixView = table(m_matrixBox, QStringLiteral("leakMatrixView"), 3);
    m_matrixView->setAlternatingRowColors(false);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setItemDelegate(new StrengthDelegate(m_matrixView));
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_legend = new QLabel(m_matrixBox);
    m_legend->setObjectName(QStringLiteral("leakMatrixLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    ml->addWidget(m_matrixView, 1);
    ml->addWidget(m_legend);

    m_lineageBox = new QGroupBox(this);
    auto *gl = new QVBoxLayout(m_lineageBox);
    m_lineage = new LineageView(m_lineageBox);
    gl->addWidget(m_lineage);

    m_trailGroup = new QGroupBox(this);
    auto *tl = new QVBoxLayout(m_trailGroup);
    auto *search = new QHBoxLayout;
    m_trailBox = new QLineEdit(m_trailGroup);
    m_trailBox->setObjectName(QStringLiteral("trailBox"));
    m_trailBox->setClearButtonEnabled(true);
    m_trailButton = new QPushButton(m_trailGroup);
    m_trailButton->setObjectName(QStringLiteral("trailButton"));
    search->addWidget(m_trailBox, 1);
    search->addWidget(m_trailButton);
    m_trailView = new QTextBrowser(m_trailGroup);
    m_trailView->setObjectName(QStringLiteral("trailView"));
    m_trailView->setOpenLinks(false);
    tl->addLayout(search);
    tl->addWidget(m_trailView, 1);

    auto *top = m_top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_listsBox);
    top->addWidget(m_matrixBox);
    top->setStretchFactor(0, 5);
    top->setStretchFactor(1, 4);
    auto *bottom = m_bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_lineageBox);
    bottom->addWidget(m_trailGroup);
    bottom->setStretchFactor(0, 5);
    bottom->setStretchFactor(1, 4);
    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("leaksSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    outer->addWidget(split, 1);

    connect(m_trailBox, &QLineEdit::returnPressed, this, [this] { showTrail(m_trailBox->text()); });
    connect(m_trailButton, &QPushButton::clicked, this, [this] { showTrail(m_trailBox->text()); });
    connect(m_trailView, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { Q_EMIT numberActivated(url.path()); });
    connect(m_listsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (!i.isValid())
                    return;
                const QString source = i.data(analysis::LeakListsModel::SourceRole).toString();
                m_lineage->highlight(source);
                Q_EMIT listSelected(source);
            });
    connect(m_lineage, &LineageView::listClicked, this, [this](const QString &source) {
        const int row = m_lists->rowOf(source);
        if (row >= 0)
            m_listsView->selectRow(row);
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                if (!i.isValid())
                    return;
                m_lineage->highlight(i.data(analysis::LeakMatrixModel::SourceRole).toString());
                Q_EMIT operatorSelected(i.data(analysis::LeakMatrixModel::OperatorRole).toString());
            });
    retranslateUi();
}

bool LeaksPage::selectList(const QString &source)
{
    const int row = m_lists->rowOf(source);
    if (row < 0)
        return false;
    if (m_listsView->currentIndex().row() != row)
        m_listsView->selectRow(row);
    return true;
}

void LeaksPage::setCase(CaseFile *cf)
{
    m_trailQuery->cancel();
    m_case = cf;
    m_trail.reset();
    m_trailError.clear();
    m_trailBox->clear();
    m_findings = std::make_shared<const analysis::Findings>();
    m_loading = cf != nullptr;
    reload();
}

void LeaksPage::setFindings(std::shared_ptr<const analysis::Findings> findings)
{
    m_findings = findings ? std::move(findings) : std::make_shared<const analysis::Findings>();
    m_loading = false;
    reload();
}

void LeaksPage::reload()
{
    m_lists->setLanguage(interfaceLanguage());
    m_lists->setFindings(*m_findings);
    m_matrix->setFindings(*m_findings);
    m_lineage->setFindings(*m_findings);
    ColumnMemory::restoreOrFit(m_listsView);
    // A list's name on three lines needs its longest piece: stretched to the box, a column was
    // narrower than that at 1366x768 and the names were cut.
    if (!ColumnMemory::restore(m_matrixView))
        TableTools::spreadColumns(m_matrixView);
    m_matrixView->resizeRowsToContents(); // one row an operator
    retranslateUi();
}

bool LeaksPage::isTracing() const
{
    return m_trailQuery->isBusy();
}

void LeaksPage::showTrail(const QString &value)
{
    m_trailQuery->cancel();
    m_trail.reset();
    m_trailError.clear();
    if (m_trailBox->text() != value)
        m_trailBox->setText(value);
    if (value.trimmed().isEmpty() || !m_case)
        return renderTrail();
    m_trailView->setHtml(QStringLiteral("<p style='color:#616161'>") +
                         esc(tr("Tracing %1…").arg(value.trimmed())) + QStringLiteral("</p>"));
    m_trailQuery->start(m_case->path(), [this, value](CaseFile *cf, const QString &openError) {
        QString error = openError;
        std::optional<analysis::VictimTrailResult> trail;
        if (cf)
            trail = analysis::VictimTrail::trace(*cf, value, &error);
        return std::function<void()>([this, trail = std::move(trail), error] {
            m_trail = trail;
            m_trailError = error;
            renderTrail();
            // One victim number: its details beside the trail, as choosing a suspect does.
            if (m_trail && m_trail->numbers.size() == 1)
                Q_EMIT numberActivated(m_trail->numbers.first());
        });
    });
}

QString LeaksPage::trailText() const
{
    return m_trailView->toPlainText();
}

void LeaksPage::renderTrail()
{
    if (!m_trailError.isEmpty()) {
        m_trailView->setHtml(QStringLiteral("<p style='color:#b71c1c'>") + esc(m_trailError) +
                             QStringLiteral("</p>"));
        return;
    }
    if (!m_trail) {
        m_trailView->setHtml(QStringLiteral("<p style='color:#616161'>") +
                             esc(tr("Type a victim's phone number (any spelling), a masked number such as "
                                    "138****1234, an ID number or a name, then press Return: the leaked "
                                    "lists that hold them, the operators that called them and their "
                                    "complaints.")) +
                             QStringLiteral("</p>"));
        return;
    }
    const CaseClock clock = m_case ? m_case->clock() : CaseClock();
    const analysis::VictimTrailResult &trail = *m_trail;
    const std::vector<analysis::TrailLeak> &leaks = trail.leaks;
    const std::vector<analysis::TrailCall> &calls = trail.calls;
    const std::vector<analysis::TrailComplaint> &complaints = trail.complaints;
    QStringList numbers;
    for (const QString &n : trail.numbers)
        numbers << QStringLiteral("<a href='%1'>%1</a>").arg(esc(n));
    using analysis::TrailKind;
    const QString kindText = trail.kind == TrailKind::MaskedPhone ? tr("masked number")
                             : trail.kind == TrailKind::IdCard    ? tr("ID number")
                             : trail.kind == TrailKind::Name      ? tr("name")
                                                                  : tr("phone number");
    const QString th = QStringLiteral("<th align='left' style='background:#eceff1'>");
    QString h = QStringLiteral("<h3>%1 <small style='color:#616161'>(%2)</small></h3>")
                    .arg(esc(trail.input), esc(kindText));
    h += QStringLiteral("<p>") +
         (numbers.isEmpty() ? tr("No number of the case fits it.")
                            : tr("Numbers followed: %1").arg(numbers.join(QStringLiteral(", ")))) +
         QStringLiteral("</p>");
    if (!trail.run)
        h += QStringLiteral("<p style='color:#b71c1c'>") +
             esc(tr("No analysis yet: operators are unknown, so no call is attributed.")) +
             QStringLiteral("</p>");

    // Blocks rather than wide tables: the panel is narrow.
    const QString band = QStringLiteral("<tr><td style='background:#eceff1'>%1</td></tr>");
    const QString line = QStringLiteral("<tr><td>%1</td></tr>");
    const QString gap = QStringLiteral("<tr><td style='font-size:4px'>&nbsp;</td></tr>");
    h += QStringLiteral("<h4>") + esc(tr("In %n leaked list record(s)", nullptr, int(leaks.size()))) +
         QStringLiteral("</h4>");
    if (!leaks.empty()) {
        h += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        for (const analysis::TrailLeak &l : leaks) {
            const QString acquired =
                l.acquired ? tr("acquired %1").arg(*l.acquired) : tr("acquisition date unknown");
            h += band.arg(QStringLiteral("<b>%1</b> · ").arg(esc(l.source)) + esc(tr("line %1").arg(l.line)) +
                          QStringLiteral(" · ") + esc(acquired));
            QStringList who;
            for (const QString &k : {l.name, l.idCard})
                if (!k.isEmpty())
                    who << esc(k);
            QString phone = l.phone;
            if (l.masked) {
                phone = esc(phone.replace(QLatin1Char('?'), QLatin1Char('*'))) + QStringLiteral(" <i>") +
                        esc(tr("(masked)")) + QStringLiteral("</i>");
                if (l.nameAgrees)
                    phone += QStringLiteral(" <i>") +
                             esc(*l.nameAgrees ? tr("same name") : tr("another name")) +
                             QStringLiteral("</i>");
            } else {
                phone = esc(phone);
            }
            if (!phone.isEmpty())
                who << phone;
            h += line.arg(who.join(QStringLiteral(" · ")));
            if (const auto &call = l.firstOperatorCall) {
                const QString first =
                    tr("first called %1 by %2").arg(local(clock, call->utc), call->operatorId);
                if (!call->daysAfterAcquired) {
                    h += line.arg(esc(first));
                } else {
                    const double d = *call->daysAfterAcquired;
                    h += line.arg(call->calledAfterAcquired.value_or(false)
                                      ? QStringLiteral("<span style='color:#1b5e20'>✓ ") +
                                            esc(tr("%1: %2 days after the list was acquired")
                                                    .arg(first)
                                                    .arg(d, 0, 'f', 1)) +
                                            QStringLiteral("</span>")
                                      : QStringLiteral("<span style='color:#b71c1c'>✗ ") +
                                            esc(tr("%1: %2 days BEFORE the list was acquired")
                                                    .arg(first)
                                                    .arg(-d, 0, 'f', 1)) +
                                            QStringLiteral("</span>"));
                }
            } else {
                h += line.arg(QStringLiteral("<span style='color:#616161'>") +
                              esc(tr("not called by an operator")) + QStringLiteral("</span>"));
            }
            h += gap;
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h4>") + esc(tr("Called by %n operator number(s)", nullptr, int(calls.size()))) +
         QStringLiteral("</h4>");
    if (!calls.empty()) {
        const bool severalVictims = numbers.size() > 1;
        h += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'><tr>") + th +
             esc(tr("Operator")) + QStringLiteral("</th>") + th + esc(tr("Caller")) +
             QStringLiteral("</th>") +
             (severalVictims ? QString(th + esc(tr("Called")) + QStringLiteral("</th>")) : QString()) + th +
             esc(tr("Calls")) + QStringLiteral("</th>") + th + esc(tr("First – last call")) +
             QStringLiteral("</th></tr>");
        for (const analysis::TrailCall &c : calls) {
            h += QStringLiteral("<tr><td><b>%1</b></td><td><a href='%2'>%2</a></td>")
                     .arg(esc(c.operatorId), esc(c.caller));
            if (severalVictims)
                h += QStringLiteral("<td>%1</td>").arg(esc(c.callee));
            const QString first = local(clock, c.firstUtc);
            const QString last = local(clock, c.lastUtc);
            h += QStringLiteral("<td align='right'>%1</td><td>%2</td></tr>")
                     .arg(c.calls)
                     .arg(first == last ? first : first + QStringLiteral(" – ") + last);
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h4>") + esc(tr("Made %n complaint(s)", nullptr, int(complaints.size()))) +
         QStringLiteral("</h4>");
    if (!complaints.empty()) {
        h += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        for (const analysis::TrailComplaint &c : complaints) {
            QString reported =
                tr("reported %1").arg(QStringLiteral("<a href='%1'>%1</a>").arg(esc(c.reported)));
            if (c.operatorId)
                reported += QStringLiteral(" (<b>%1</b>)").arg(esc(*c.operatorId));
            h += band.arg(esc(local(clock, c.utc)) + QStringLiteral(" · ") + reported +
                          QStringLiteral(" · ") + esc(c.category));
            if (!c.text.isEmpty())
                h += line.arg(QStringLiteral("<i>") + esc(c.text) + QStringLiteral("</i>"));
            h += gap;
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><small style='color:#616161'>") +
         esc(tr("Times are local (%1).").arg(clock.description())) +
         (trail.truncated ? QStringLiteral(" ") + esc(tr("Only the first 500 records and numbers are shown."))
                          : QString()) +
         QStringLiteral("</small></p>");
    m_trailView->setHtml(h);
}

void LeaksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    // First shown: the graph and the matrix get the room (size hints would favour the text panes).
    m_sized = true;
    const int w = std::max(width(), 400), h = std::max(m_split->height(), 300);
    // At 1366x768 the matrix needs half the width and height to show its operators' rows.
    m_top->setSizes({w * 50 / 100, w * 50 / 100});
    m_bottom->setSizes({w * 58 / 100, w * 42 / 100});
    m_split->setSizes({h * 50 / 100, h * 50 / 100});
}

void LeaksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void LeaksPage::retranslateUi()
{
    m_listsBox->setTitle(tr("Leaked lists"));
    m_matrixBox->setTitle(tr("Which operator dialled which list"));
    m_lineageBox->setTitle(tr("Resale lineage"));
    m_trailGroup->setTitle(tr("Victim trail"));
    m_trailBox->setPlaceholderText(tr("Phone number, 138****1234, ID number or name"));
    m_trailButton->setText(tr("Trace"));
    auto swatch = [](const QColor &c, const QString &text, const QColor &ink) -> QString {
        return QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
            .arg(c.name(), ink.name(), text.toHtmlEscaped());
    };
    m_legend->setText(
        tr("Cell: victims whose number the list holds (+ masked matches) · share of the operator's victims. "
           "Significant: %1 %2 %3; not significant: %4; empty: none of its victims is in the list. Hover "
           "for p-value, lift, lags and dialling order.")
            .arg(swatch(strengthColour(0.1), QStringLiteral("10%"), QColor(0x21, 0x21, 0x21)),
                 swatch(strengthColour(0.5), QStringLiteral("50%"), QColor(0x21, 0x21, 0x21)),
                 swatch(strengthColour(0.9), QStringLiteral("90%"), Qt::white),
                 swatch(kNotSignificant, tr("n.s."), QColor(0x61, 0x61, 0x61))));
    if (!m_case) {
        m_status->clear();
    } else if (m_loading) {
        m_status->setText(tr("Reading the latest analysis run…"));
    } else if (m_findings->isEmpty()) {
        m_status->setText(tr("No analysis yet: run it on the first tab to trace the operators' victims to "
                             "the leaked lists."));
    } else {
        int significant = 0;
        for (const analysis::Operator &o : m_findings->operators)
            for (const analysis::ListAttribution &a : o.leaks)
                significant += a.significant && a.rank == 1;
        m_status->setText(
            tr("Run %1: %n leaked list(s); %2 of %3 operators traced to a list beyond chance; %4 resale "
               "edge(s) between the lists.",
               nullptr, m_lists->rowCount())
                .arg(m_findings->run.id)
                .arg(significant)
                .arg(m_matrix->rowCount())
                .arg(m_findings->lineage.size()));
    }
    renderTrail();
}

} // namespace dt::ui

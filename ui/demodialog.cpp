#include "demodialog.h"

#include "analysis/findingsmodels.h"
#include "analysispage.h"
#include "casepage.h"
#include "leakspage.h"
#include "linkchartpage.h"
#include "mainwindow.h"
#include "violationspage.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dt::ui {

DemoDialog::DemoDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("demoDialog"));
    setModal(false);
    resize(520, 340);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("demoStepTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("demoStepText"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25); // read from the back of a classroom
    m_text->setFont(big);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    m_openReport = new QPushButton(this);
    m_openReport->setObjectName(QStringLiteral("demoOpenReport"));
    m_close = new QPushButton(this);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &DemoDialog::back);
    connect(m_next, &QPushButton::clicked, this, &DemoDialog::next);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        if (m_window)
            m_window->exportReport();
    });
    setStep(ImportSummary);
}

void DemoDialog::setStep(int step)
{
    m_step = std::clamp(step, 0, StepCount - 1);
    retranslateUi();
    showView();
}

void DemoDialog::showView()
{
    if (!m_window)
        return;
    CasePage *page = m_window->casePage();
    QTabWidget *tabs = page->tabs();
    auto show = [tabs](QWidget *w) {
        // A view may sit inside a tab's page: bring up the tab that holds it.
        for (QWidget *p = w; p; p = p->parentWidget()) {
            if (const int i = tabs->indexOf(p); i >= 0) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
    };
    AnalysisPage *analysis = m_window->analysisPage();
    switch (m_step) {
    case ImportSummary:
        show(page->findChild<QTableView *>(QStringLiteral("sourcesView")));
        break;
    case Profiles: {
        show(analysis);
        // The most suspicious number's profile in the details panel.
        const QAbstractItemModel *m = analysis->suspectsView()->model();
        if (m && m->rowCount() > 0) {
            analysis->suspectsView()->selectRow(0);
            m_window->findEntity(m->index(0, 0).data(analysis::SuspectsModel::NumberRole).toString());
        }
        break;
    }
    case Detection:
        show(analysis);
        analysis->suspectsView()->setFocus();
        break;
    case Operators:
        show(m_window->linkChart());
        break;
    case ListsTraced:
        show(m_window->leaksPage());
        break;
    case Violations:
    case Report:
        show(m_window->violationsPage());
        break;
    default:
        break;
    }
}

QString DemoDialog::stepTitle(int step) const
{
    switch (step) {
    case ImportSummary:
        return tr("What was seized and imported");
    case Profiles:
        return tr("Each number's profile");
    case Detection:
        return tr("Which numbers look like nuisance callers");
    case Operators:
        return tr("From numbers to operations");
    case ListsTraced:
        return tr("Which leaked lists they dialled");
    case Violations:
        return tr("Which rules were broken");
    case Report:
        return tr("The evidence report");
    default:
        return {};
    }
}

QString DemoDialog::stepText(int step) const
{
    switch (step) {
    case ImportSummary:
        return tr("The Sources tab lists every file imported into the case: its SHA-256, the rows accepted "
                  "and rejected, the time zone and any clock correction. Nothing is changed or dropped "
                  "silently: a rejected row is kept with its reason, and every step is in the audit log.");
    case Profiles:
        return tr("For every number the case builds a profile from its calls: calls a day, answer rate, "
                  "call lengths, hours, handsets (IMEI) and cells. The details panel on the right shows "
                  "the profile of the number chosen in any view.");
    case Detection:
        return tr("Detection scores each number against the signs of nuisance calling (many short, "
                  "unanswered calls to strangers, at a machine's pace) and says why. A high score is a "
                  "lead to check, not proof: legitimate bulk callers such as couriers score high too.");
    case Operators:
        return tr("Numbers that share handsets or cells, dial the same people, or take over when another "
                  "stops are grouped into operations. The link chart shows who is tied to whom, and by "
                  "what evidence.");
    case ListsTraced:
        return tr("The numbers each operation dialled are compared with the leaked lists: a list most of "
                  "whose people were called, after it was acquired, is the operation's source. Lists "
                  "compiled from other lists show as a lineage.");
    case Violations:
        return tr("The calls are checked against the rules of the 2018 campaign: calls after a complaint, "
                  "outside permitted hours, marketing from service numbers, auto-dialler volumes. Each "
                  "violation names the calls that support it.");
    case Report:
        return tr("Everything found goes into a signed evidence report, every figure traceable to the "
                  "file and line it came from. Open it to show the preview.");
    default:
        return {};
    }
}

void DemoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DemoDialog::retranslateUi()
{
    setWindowTitle(tr("Demo Mode: step %1 of %2").arg(m_step + 1).arg(int(StepCount)));
    m_title->setText(tr("%1. %2").arg(m_step + 1).arg(stepTitle(m_step)));
    m_text->setPlainText(stepText(m_step));
    m_back->setText(tr("< &Back"));
    m_next->setText(tr("&Next >"));
    m_openReport->setText(tr("Open the Report…"));
    m_close->setText(tr("Close"));
    m_back->setEnabled(m_step > 0);
    m_next->setEnabled(m_step < StepCount - 1);
    m_openReport->setVisible(m_step == Report);
}

} // namespace dt::ui

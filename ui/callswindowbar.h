#pragma once
#include <QWidget>

class QLabel;
class QToolButton;

namespace dt {
class CallsModel;
}

namespace dt::ui {

/**
 * Moves the calls table's window (CallsModel::windowRows() rows at a time) over a case's tens of
 * millions of calls: Previous / Next and which calls are shown ("calls 1–1,000,000 of 10,234,567").
 * Hidden while every call fits in one window.
 */
class CallsWindowBar : public QWidget
{
    Q_OBJECT
public:
    CallsWindowBar(CallsModel *model, QWidget *parent = nullptr);
    /// Shows the window before (-1) or after (+1) the one shown.
    void step(int direction);
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QLabel *label() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    CallsModel *m_model;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace dt::ui

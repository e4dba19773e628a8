#pragma once
#include <functional>
#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QTableView;

namespace dt::ui {

/**
 * Says why a table is empty ("no matches"), over the table itself: an empty grid under a filter
 * looks like a broken view. The text comes from the page (it knows its filters) and is asked for
 * again whenever the rows change or the language does; an empty text hides the hint.
 */
class EmptyHint : public QLabel
{
    Q_OBJECT
public:
    using TextProvider = std::function<QString()>;
    /// Puts a hint over @p view's viewport; it follows the view's model, also one set later
    /// (call watchModel() after QTableView::setModel()).
    static EmptyHint *install(QTableView *view, TextProvider text);
    /// Shows or hides the hint for the rows the view's model has now.
    void refresh();
    /// Follows the rows of the view's current model.
    void watchModel();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    EmptyHint(QTableView *view, TextProvider text);
    void place();
    QTableView *m_table = nullptr;
    TextProvider m_text;
    QPointer<QAbstractItemModel> m_model;
};

} // namespace dt::ui

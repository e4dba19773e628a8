#pragma once
#include <QStyledItemDelegate>

namespace dt::ui {

/// The mapping table's column choice: a combo of the file's columns, "not mapped" first
/// (MappingModel::ChoicesRole), committed as soon as one is picked so the preview follows.
class ColumnChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace dt::ui

#include "columnchoicedelegate.h"

#include "ingest/mappingmodel.h"

#include <QComboBox>

namespace dt::ui {

QWidget *ColumnChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(index.data(ingest::MappingModel::ChoicesRole).toStringList());
    // Commit at once: every choice parses the preview again.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<ColumnChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ColumnChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index.data(Qt::EditRole).toInt() + 1);
}

void ColumnChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentIndex() - 1, Qt::EditRole);
}

} // namespace dt::ui

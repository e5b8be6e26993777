#include "LabelItemDelegate.h"

#include <QCompleter>
#include <QLineEdit>

namespace lockstep {

QWidget* LabelItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("labelEditor"));
    edit->setFrame(false);
    auto* completer = new QCompleter(m_labels, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    edit->setCompleter(completer);
    return edit;
}

void LabelItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void LabelItemDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        const QString label = edit->text().trimmed();
        if (label != index.data(Qt::EditRole).toString())
            emit labelCommitted(index, label);
    }
}

}  // namespace lockstep

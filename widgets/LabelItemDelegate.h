#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace lockstep {

// Edits the sample table's label column: a line edit completing from the project's label set. The model is
// not written by the delegate: labelCommitted() goes to the app, which makes the change an undoable edit.
class LabelItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setLabels(const QStringList& labels) { m_labels = labels; }
    const QStringList& labels() const { return m_labels; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    void labelCommitted(const QModelIndex& index, const QString& label) const;

private:
    QStringList m_labels;
};

}  // namespace lockstep

#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace lockstep {

// Edits the project's label set: the labels number keys 1-9 assign, in order. Add, rename (double-click),
// remove, move up and down; "From Dataset" resets to the labels the import found. A label already in the set
// (whatever its case) or a blank one is refused: the item keeps its previous text and the dialog says why.
class LabelSetDialog final : public QDialog {
    Q_OBJECT
public:
    // labelKeys: the keys that assign the labels as the user has them ("1–9"), "" when they have none.
    LabelSetDialog(const QStringList& labels, const QStringList& importedLabels, const QString& labelKeys,
                   QWidget* parent = nullptr);

    QStringList labels() const;
    QListWidget* list() const { return m_list; }
    // Why the last edit was refused (empty when it was not).
    QString refusal() const;

private:
    void setLabels(const QStringList& labels);
    void move(int by);
    void onItemChanged(QListWidgetItem* item);
    bool isTaken(const QString& label, const QListWidgetItem* except) const;
    QListWidgetItem* addItem(const QString& label);

    QListWidget* m_list = nullptr;
    QLabel* m_refusal = nullptr;
};

}  // namespace lockstep

#pragma once

#include <QDialog>

class QListWidget;

namespace lockstep {

// Edits the project's label set: the labels number keys 1-9 assign, in order. Add, rename (double-click),
// remove, move up and down; "From Dataset" resets to the labels the import found.
class LabelSetDialog final : public QDialog {
    Q_OBJECT
public:
    LabelSetDialog(const QStringList& labels, const QStringList& importedLabels, QWidget* parent = nullptr);

    QStringList labels() const;
    QListWidget* list() const { return m_list; }

private:
    void setLabels(const QStringList& labels);
    void move(int by);

    QListWidget* m_list = nullptr;
};

}  // namespace lockstep

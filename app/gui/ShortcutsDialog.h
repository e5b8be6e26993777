#pragma once

#include <QDialog>

class QTableWidget;

namespace lockstep {

// Help > Keyboard Shortcuts (F1): every action of the window that has a key, with its key, read from the actions
// themselves so the list can never disagree with what the keys do.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window);

    QTableWidget* table() const { return m_table; }
    // The rows as "text<TAB>keys", for tests and for copying.
    QStringList rows() const;

private:
    QTableWidget* m_table = nullptr;
};

}  // namespace lockstep

#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lockstep {

class KeyCaptureEdit;
class ShortcutRegistry;

// Help > Keyboard Shortcuts (F1): every command of the window, grouped by area, with its keys ("—" for none), read
// from the shortcut registry (so the list can never disagree with what the keys do), and where they are bound:
// select a row, press the new key (a command without a key gets one the same way). A key another
// command of the same context uses is refused until the user gives it to this command ("Reassign") or picks
// another. Changes apply and persist at once; "Restore Defaults" undoes them all.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(ShortcutRegistry* registry, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    KeyCaptureEdit* keyEdit() const { return m_keyEdit; }
    QLabel* conflictLabel() const { return m_conflict; }
    QPushButton* reassignButton() const { return m_reassign; }
    // The rows as "text<TAB>keys", for tests and for copying.
    QStringList rows() const;
    // Selects the row of this command id (false if it is not listed).
    bool selectCommand(const QString& id);
    QString currentCommand() const;

private:
    void fill();
    bool isHeaderRow(int row) const;
    void updateRows(const QStringList& ids);
    void applyFilter(const QString& text);
    void showCurrent();
    void tryKey(const QKeySequence& key);
    void clearConflict();

    ShortcutRegistry* m_registry;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_editTitle = nullptr;
    KeyCaptureEdit* m_keyEdit = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_default = nullptr;
    QLabel* m_conflict = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_keepOld = nullptr;
    QList<QKeySequence> m_pending;  // keys refused for a conflict, waiting for "Reassign"
};

}  // namespace lockstep

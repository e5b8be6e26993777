#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lockstep {

// A small non-modal prompt for one piece of text (a region's label, a segment's fixed text): it never blocks
// the window or runs an event loop of its own. The caller connects accepted() and show()s it; the prompt keeps
// the keyboard: the text is selected, Enter accepts (Shift+Enter starts a new line in multi-line text), Escape
// cancels. OK stays disabled while the text is blank when blank is not allowed.
class TextPrompt final : public QDialog {
    Q_OBJECT
public:
    enum class Lines { One, Many };

    TextPrompt(const QString& title, const QString& question, const QString& text, Lines lines,
               QWidget* parent = nullptr);

    QString text() const;
    void setAllowBlank(bool allow);
    // The editor: a QLineEdit for one line, a QPlainTextEdit for many.
    QLineEdit* lineEdit() const { return m_line; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QWidget* editor() const;

    // Shows the prompt above its window with the editor focused.
    void present();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateOk();

    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_allowBlank = false;
};

}  // namespace lockstep

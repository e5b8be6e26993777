#include "TextPrompt.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep {

TextPrompt::TextPrompt(const QString& title, const QString& question, const QString& text, Lines lines, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("textPrompt"));
    setWindowTitle(title);
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    if (lines == Lines::One) {
        m_line = new QLineEdit(text, this);
        m_line->setMinimumWidth(320);
        connect(m_line, &QLineEdit::textChanged, this, &TextPrompt::updateOk);
        layout->addWidget(m_line);
    } else {
        m_text = new QPlainTextEdit(text, this);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumSize(420, 90);
        m_text->installEventFilter(this);
        connect(m_text, &QPlainTextEdit::textChanged, this, &TextPrompt::updateOk);
        layout->addWidget(m_text, 1);
        auto* hint =
            new QLabel(tr("Enter keeps the text \u00b7 Shift+Enter starts a new line \u00b7 Escape cancels"), this);
        QPalette p = hint->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        hint->setPalette(p);
        layout->addWidget(hint);
    }
    label->setBuddy(editor());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

QWidget* TextPrompt::editor() const
{
    return m_line ? static_cast<QWidget*>(m_line) : static_cast<QWidget*>(m_text);
}

QString TextPrompt::text() const
{
    return m_line ? m_line->text() : m_text->toPlainText();
}

void TextPrompt::setAllowBlank(bool allow)
{
    m_allowBlank = allow;
    updateOk();
}

void TextPrompt::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_allowBlank || !text().trimmed().isEmpty());
}

void TextPrompt::present()
{
    show();
    raise();
    activateWindow();
    editor()->setFocus(Qt::OtherFocusReason);
    if (m_line)
        m_line->selectAll();
    else
        m_text->selectAll();
}

bool TextPrompt::eventFilter(QObject* watched, QEvent* event)
{
    // In the multi-line editor Enter accepts, as in the one-line prompt; Shift+Enter is a line break.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace lockstep

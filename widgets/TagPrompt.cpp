#include "TagPrompt.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep {

TagPrompt::TagPrompt(const QStringList& knownTags, int sampleCount, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tagPrompt"));
    setWindowTitle(tr("Tag"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Tag %n sample(s) with:", nullptr, sampleCount), this);
    layout->addWidget(label);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("tag name \u2014 or -name to remove it"));
    m_edit->setMinimumWidth(320);
    auto* completer = new QCompleter(knownTags, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    layout->addWidget(m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!tag().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString TagPrompt::tag() const
{
    QString text = m_edit->text().trimmed();
    if (text.startsWith(QLatin1Char('-')))
        text = text.mid(1).trimmed();
    return text;
}

bool TagPrompt::removes() const
{
    return m_edit->text().trimmed().startsWith(QLatin1Char('-'));
}

}  // namespace lockstep

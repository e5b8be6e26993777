#include "CaptionEditControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>

namespace lockstep {

CaptionEditControls::CaptionEditControls(QPlainTextEdit* text, QWidget* parent) : QWidget(parent), m_text(text)
{
    setObjectName(QStringLiteral("captionEditControls"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_badge = new QLabel(tr("edited"), this);
    m_badge->setObjectName(QStringLiteral("captionEditedBadge"));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { color: #8a5a00; background: #fdf0d5; border: 1px solid #e8c27a; border-radius: 8px; "
                       "padding: 0px 7px; }"));
    layout->addWidget(m_badge);
    layout->addStretch(1);
    const auto button = [this, layout](const QString& label, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(label);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        layout->addWidget(b);
        return b;
    };
    m_restore = button(tr("Restore Original"), tr("Show the dataset's text again (the fix is dropped; undo brings "
                                                  "it back)"));
    m_edit = button(tr("Edit"), tr("Fix the caption; the dataset keeps its original"));
    m_cancel = button(tr("Cancel"), tr("Discard the changes"));
    m_save = button(tr("Save"), tr("Keep the fixed caption in the project"));
    m_edit->setObjectName(QStringLiteral("captionEditButton"));
    m_save->setObjectName(QStringLiteral("captionSaveButton"));
    connect(m_edit, &QToolButton::clicked, this, &CaptionEditControls::startEditing);
    connect(m_save, &QToolButton::clicked, this, &CaptionEditControls::save);
    connect(m_cancel, &QToolButton::clicked, this, &CaptionEditControls::cancel);
    connect(m_restore, &QToolButton::clicked, this, [this] { emit captionEdited(m_sampleId, std::nullopt); });
    refreshButtons();
}

void CaptionEditControls::setTexts(const QString& original, const std::optional<QString>& fix)
{
    m_original = original;
    m_fix = fix;
    m_editing = false;
    m_text->setReadOnly(true);
    m_text->setPlainText(fix.value_or(original));
    refreshButtons();
}

void CaptionEditControls::setFix(const std::optional<QString>& fix)
{
    if (m_fix == fix)
        return;
    m_fix = fix;
    if (!m_editing)
        m_text->setPlainText(fix.value_or(m_original));
    refreshButtons();
}

void CaptionEditControls::startEditing()
{
    m_editing = true;
    m_text->setReadOnly(false);
    m_text->setFocus(Qt::OtherFocusReason);
    refreshButtons();
}

void CaptionEditControls::save()
{
    if (!m_editing)
        return;
    const QString text = m_text->toPlainText();
    m_editing = false;
    m_text->setReadOnly(true);
    refreshButtons();
    // Typing the original back is the same as restoring it.
    const std::optional<QString> fix = text == m_original ? std::nullopt : std::optional<QString>(text);
    if (fix != m_fix)
        emit captionEdited(m_sampleId, fix);
}

void CaptionEditControls::cancel()
{
    m_editing = false;
    m_text->setReadOnly(true);
    m_text->setPlainText(m_fix.value_or(m_original));
    refreshButtons();
}

void CaptionEditControls::refreshButtons()
{
    m_badge->setVisible(m_fix.has_value() && !m_editing);
    m_badge->setToolTip(tr("Fixed in this project. The dataset's original:\n%1").arg(m_original));
    m_text->setToolTip(m_fix && !m_editing ? m_badge->toolTip() : QString());
    m_restore->setVisible(m_fix.has_value() && !m_editing);
    m_edit->setVisible(!m_editing);
    m_save->setVisible(m_editing);
    m_cancel->setVisible(m_editing);
}

}  // namespace lockstep

#include "SampleAnnotationsEditor.h"

#include "TimelineRuler.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace lockstep {

SampleAnnotationsEditor::SampleAnnotationsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sampleAnnotations"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_addTag = new QToolButton(m_chips);
    m_addTag->setObjectName(QStringLiteral("addTagButton"));
    m_addTag->setText(tr("+ Tag"));
    setAddTagKey(QString());
    m_addTag->setAutoRaise(true);
    connect(m_addTag, &QToolButton::clicked, this, &SampleAnnotationsEditor::addTagRequested);
    layout->addWidget(m_chips);

    m_regions = new QLabel(this);
    m_regions->setObjectName(QStringLiteral("regionsSummary"));
    m_regions->setWordWrap(true);
    m_regions->setTextFormat(Qt::PlainText);
    m_regions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_regions);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note \u2014 saved when you leave the field (Ctrl+Return)"));
    m_note->setTabChangesFocus(true);
    const QFontMetrics fm(m_note->font());
    m_note->setFixedHeight(3 * fm.lineSpacing() + 2 * m_note->frameWidth() +
                           2 * static_cast<int>(m_note->document()->documentMargin()));
    m_note->installEventFilter(this);
    layout->addWidget(m_note);
    clear();
}

void SampleAnnotationsEditor::setAddTagKey(const QString& key)
{
    m_addTag->setToolTip(key.isEmpty() ? tr("Add a tag to the selected samples")
                                       : tr("Add a tag to the selected samples (%1)").arg(key));
}

void SampleAnnotationsEditor::clear()
{
    m_sampleId.clear();
    m_tags.clear();
    m_savedNote.clear();
    m_note->setPlainText(QString());
    m_regions->setVisible(false);
    rebuildChips();
}

void SampleAnnotationsEditor::showAnnotations(const QString& sampleId, const SampleAnnotations& annotations)
{
    // A half-typed note of the sample still shown is kept, not lost to a refresh.
    if (sampleId != m_sampleId)
        commitNote();
    const bool sameSample = sampleId == m_sampleId;
    m_sampleId = sampleId;
    m_tags = annotations.tags;
    if (!sameSample || !m_note->hasFocus() || m_note->toPlainText() == m_savedNote)
        m_note->setPlainText(annotations.note);
    m_savedNote = annotations.note;
    QStringList regions;
    for (const TimeRegion& r : annotations.regions)
        regions << QStringLiteral("%1 (%2\u2013%3)")
                       .arg(r.label, TimelineRuler::readout(r.start, 1000.0), TimelineRuler::readout(r.end, 1000.0));
    m_regions->setText(tr("Regions: %1").arg(regions.join(QStringLiteral(", "))));
    m_regions->setVisible(!regions.isEmpty());
    rebuildChips();
}

void SampleAnnotationsEditor::changeEvent(QEvent* event)
{
    // The chips' palette(...) colours are fixed when their style sheet is set: make them again for a new theme.
    if (event->type() == QEvent::PaletteChange && palette().color(QPalette::Base) != m_chipBase)
        rebuildChips();
    QWidget::changeEvent(event);
}

void SampleAnnotationsEditor::rebuildChips()
{
    m_chipBase = palette().color(QPalette::Base);
    while (QLayoutItem* item = m_chipLayout->takeAt(0)) {
        if (item->widget() != m_addTag)
            delete item->widget();
        delete item;
    }
    for (const QString& tag : m_tags) {
        auto* chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tag + QStringLiteral("  \u00d7"));
        chip->setToolTip(tr("Remove the tag %1").arg(tag));
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
            "background: palette(alternate-base); } QToolButton:hover { border-color: palette(highlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, tag] { emit removeTagRequested(tag); });
        m_chipLayout->addWidget(chip);
    }
    m_chipLayout->addWidget(m_addTag);
    m_chipLayout->addStretch(1);
    m_addTag->setEnabled(!m_sampleId.isEmpty());
}

QString SampleAnnotationsEditor::noteText() const
{
    return m_note->toPlainText();
}

void SampleAnnotationsEditor::commitNote()
{
    if (m_sampleId.isEmpty())
        return;
    const QString text = m_note->toPlainText().trimmed();
    if (text == m_savedNote)
        return;
    m_savedNote = text;
    emit noteEdited(m_sampleId, text);
}

bool SampleAnnotationsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note) {
        if (event->type() == QEvent::FocusOut)
            commitNote();
        else if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commitNote();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lockstep

#include "SampleFilterBar.h"

#include "QueryErrorText.h"
#include "SampleTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace lockstep {

SampleFilterBar::SampleFilterBar(SampleTableModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("sampleFilterBar"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("sampleFilter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Filter: audio.rms_dbfs < -40 and label = dog · has:image.blurry · status:unreviewed"));
    m_edit->setToolTip(
        tr("Show only the samples that match.\n"
           "Fields: id, label, split, status, source, issues, warnings, streams, any metric (audio.rms_dbfs ...)\n"
           "Operators: = != < <= > >= (field:value means =), and, or, not, parentheses\n"
           "has:image.blurry (an issue type), has:audio.* (any audio issue), has:audio (the modality)\n"
           "A plain word searches ids, labels and manifest captions. Escape clears the filter."));
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sampleFilterCount"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sampleFilterError"));
    m_error->setStyleSheet(QStringLiteral("color: #d64541;"));  // reads on light and dark bases
    m_error->setWordWrap(true);
    m_error->hide();

    m_row = new QHBoxLayout;
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(m_edit, 1);
    m_row->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_row);
    layout->addWidget(m_error);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SampleFilterBar::apply);
    connect(m_edit, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SampleFilterBar::apply);
    // The clear button changes the text without textEdited.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            apply();
    });
    connect(m_model, &SampleTableModel::sortFinished, this, &SampleFilterBar::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SampleFilterBar::updateCount);
    updateCount();
}

void SampleFilterBar::addTrailingWidget(QWidget* widget)
{
    m_row->addWidget(widget);
}

QString SampleFilterBar::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString SampleFilterBar::countText() const
{
    return m_count->text();
}

void SampleFilterBar::focusQuery()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SampleFilterBar::apply()
{
    m_pause->stop();
    const QString query = m_edit->text().trimmed();
    if (query == m_model->filterText() && m_error->isHidden())
        return;
    const SampleFilter filter = m_model->setFilter(query);
    if (filter.ok) {
        m_error->hide();
        m_error->clear();
        return;
    }
    // The parser gives an error kind and its arguments; QueryErrorText says it in the user's language.
    m_error->setText(tr("Column %1: %2").arg(filter.errorPosition + 1).arg(QueryErrorText::message(filter)));
    m_error->show();
    if (filter.errorPosition >= 0)
        m_edit->setCursorPosition(filter.errorPosition);
}

void SampleFilterBar::updateCount()
{
    const QLocale locale;
    const qint64 total = m_model->totalSampleCount();
    if (m_model->filterText().isEmpty() || !m_model->store())
        m_count->setText(QString());
    else
        m_count->setText(tr("%1 of %2").arg(locale.toString(m_model->rowCount()), locale.toString(total)));
}

bool SampleFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
        m_edit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lockstep

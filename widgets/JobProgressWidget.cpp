#include "JobProgressWidget.h"

#include "DisplayNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace lockstep {

JobProgressWidget::JobProgressWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);

    m_message = new QLabel(this);
    m_message->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_message->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    m_bar = new QProgressBar(this);
    m_bar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_bar->setMaximumHeight(fontMetrics().height() + 4);
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar);

    m_rate = new QLabel(this);
    m_rate->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    layout->addWidget(m_rate);

    m_cancel = new QToolButton(this);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this job; the project keeps what it held before"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_message->setText(tr("Cancelling\u2026"));
        emit cancelRequested();
    });
    layout->addWidget(m_cancel);

    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    setVisible(false);
}

void JobProgressWidget::start(const QString& title)
{
    m_title = title;
    m_elapsed.start();
    m_message->setText(title);
    m_message->setToolTip(title);
    m_bar->setRange(0, 0);  // busy until the first report with a total
    m_rate->clear();
    m_cancel->setEnabled(true);
    setVisible(true);
}

void JobProgressWidget::setProgress(const QString& message, qint64 done, qint64 total)
{
    if (!message.isEmpty() && m_cancel->isEnabled()) {
        const QString elided = fontMetrics().elidedText(message, Qt::ElideMiddle, m_message->maximumWidth());
        m_message->setText(elided);
        m_message->setToolTip(message);
    }
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_rate->clear();
        return;
    }
    // QProgressBar takes int: scale to per-mille.
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(qBound(qint64{0}, done * 1000 / total, qint64{1000})));
    m_bar->setFormat(QStringLiteral("%1%").arg(done * 100 / total));

    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (done <= 0 || ms < 500) {
        m_rate->clear();
        return;
    }
    const double perSecond = static_cast<double>(done) * 1000.0 / static_cast<double>(ms);
    const qint64 remainingMs = static_cast<qint64>(static_cast<double>(total - done) / perSecond * 1000.0);
    const QLocale locale;
    m_rate->setText(tr("%1/s, %2 left")
                        .arg(locale.toString(perSecond, 'f', 0),
                             DisplayNames::duration(Micros{remainingMs * 1000}).section(QLatin1Char('.'), 0, 0)));
}

void JobProgressWidget::finish()
{
    setVisible(false);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_rate->clear();
}

QString JobProgressWidget::message() const
{
    return m_message->text();
}

QString JobProgressWidget::rateText() const
{
    return m_rate->text();
}

int JobProgressWidget::percent() const
{
    if (m_bar->maximum() <= 0)
        return -1;
    return m_bar->value() * 100 / m_bar->maximum();
}

}  // namespace lockstep

#include "ReviewQueueBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lockstep {

ReviewQueueBar::ReviewQueueBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewQueueBar"));
    setFocusPolicy(Qt::StrongFocus);  // while the queue runs the keys arrive here (the table is hidden)
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);  // a strip: the inspector gets the height
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 6, 10, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    auto* rule = new QFrame(this);  // where the strip ends and the inspector begins
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    outer->addWidget(rule);

    // Setup: one line of fields, Enter starts.
    auto* setup = new QWidget(m_pages);
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->setSpacing(2);
    auto* fields = new QHBoxLayout;
    fields->setSpacing(8);
    auto* title = new QLabel(tr("<b>Review queue</b>"), setup);
    fields->addWidget(title);
    m_query = new QLineEdit(setup);
    m_query->setObjectName(QStringLiteral("reviewQueueQuery"));
    m_query->setPlaceholderText(tr("Which samples: has:audio.clipping, label = dog \u2026 (empty: all)"));
    m_query->setClearButtonEnabled(true);
    fields->addWidget(m_query, 1);
    m_order = new QComboBox(setup);
    m_order->setObjectName(QStringLiteral("reviewQueueOrder"));
    for (Order order : {Order::TableOrder, Order::WorstIssueFirst, Order::LargestValueFirst, Order::SmallestValueFirst})
        m_order->addItem(orderName(order), int(order));
    fields->addWidget(m_order);
    m_issueType = new QComboBox(setup);
    m_issueType->setObjectName(QStringLiteral("reviewQueueIssueType"));
    m_issueType->setToolTip(tr("The issue type whose severity or measured value orders the queue"));
    m_issueType->setMinimumContentsLength(16);
    fields->addWidget(m_issueType);
    m_unreviewed = new QCheckBox(tr("Only &unreviewed"), setup);
    m_unreviewed->setObjectName(QStringLiteral("reviewQueueUnreviewed"));
    fields->addWidget(m_unreviewed);
    m_start = new QPushButton(tr("&Start"), setup);
    m_start->setDefault(true);
    fields->addWidget(m_start);
    auto* cancel = new QPushButton(tr("Cancel"), setup);
    fields->addWidget(cancel);
    setupLayout->addLayout(fields);
    m_error = new QLabel(setup);
    m_error->setObjectName(QStringLiteral("reviewQueueError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    setupLayout->addWidget(m_error);
    m_pages->addWidget(setup);
    connect(m_query, &QLineEdit::returnPressed, this, &ReviewQueueBar::startRequested);
    connect(m_start, &QPushButton::clicked, this, &ReviewQueueBar::startRequested);
    connect(cancel, &QPushButton::clicked, this, &ReviewQueueBar::cancelRequested);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ReviewQueueBar::updateIssueTypeEnabled);

    // Running: what the queue is on the left, the place in it in the middle, the keys on the right.
    auto* running = new QWidget(m_pages);
    auto* runLayout = new QHBoxLayout(running);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->setSpacing(14);
    m_description = new QLabel(running);
    m_description->setObjectName(QStringLiteral("reviewQueueDescription"));
    m_description->setTextFormat(Qt::RichText);
    m_description->setMinimumWidth(120);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    runLayout->addWidget(m_description, 2);
    m_position = new QLabel(running);
    m_position->setObjectName(QStringLiteral("reviewQueuePosition"));
    QFont big = m_position->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_position->setFont(big);
    runLayout->addWidget(m_position);
    auto* middle = new QVBoxLayout;
    middle->setSpacing(2);
    m_bar = new QProgressBar(running);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_bar->setMinimumWidth(160);
    middle->addStretch(1);
    middle->addWidget(m_bar);
    m_state = new QLabel(running);
    m_state->setObjectName(QStringLiteral("reviewQueueState"));
    middle->addWidget(m_state);
    middle->addStretch(1);
    runLayout->addLayout(middle, 1);
    m_keys = new QLabel(running);
    m_keys->setObjectName(QStringLiteral("reviewQueueKeys"));
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    runLayout->addWidget(m_keys);
    m_pages->addWidget(running);
    updateIssueTypeEnabled();
}

void ReviewQueueBar::setKeyHints(const QList<KeyHint>& hints, const QString& leaveKey)
{
    QStringList parts;
    for (const KeyHint& hint : hints)
        if (!hint.key.isEmpty())
            parts << QStringLiteral("<b>%1</b> %2").arg(hint.key.toHtmlEscaped(), hint.what.toHtmlEscaped());
    m_keys->setText(parts.join(QStringLiteral(" &nbsp;&nbsp; ")));
    m_leaveKey = leaveKey;
}

QString ReviewQueueBar::keysText() const
{
    return m_keys->text();
}

QString ReviewQueueBar::orderName(Order order)
{
    switch (order) {
    case Order::TableOrder: return tr("Table order");
    case Order::WorstIssueFirst: return tr("Worst issue first");
    case Order::LargestValueFirst: return tr("Largest measured value first");
    case Order::SmallestValueFirst: return tr("Smallest measured value first");
    }
    return {};
}

void ReviewQueueBar::ask(const Request& preset, const QStringList& issueTypes)
{
    m_query->setText(preset.query);
    m_order->setCurrentIndex(m_order->findData(int(preset.order)));
    m_issueType->clear();
    m_issueType->addItem(tr("any issue"), QString());
    for (const QString& type : issueTypes)
        m_issueType->addItem(type, type);
    m_issueType->setCurrentIndex(qMax(0, m_issueType->findData(preset.issueType)));
    m_unreviewed->setChecked(preset.onlyUnreviewed);
    m_error->hide();
    m_pages->setCurrentIndex(0);
    updateIssueTypeEnabled();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

ReviewQueueBar::Request ReviewQueueBar::request() const
{
    Request r;
    r.query = m_query->text().trimmed();
    r.order = Order(m_order->currentData().toInt());
    r.issueType = m_issueType->currentData().toString();
    r.onlyUnreviewed = m_unreviewed->isChecked();
    return r;
}

void ReviewQueueBar::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ReviewQueueBar::isAsking() const
{
    return m_pages->currentIndex() == 0;
}

void ReviewQueueBar::showRunning(const QString& description)
{
    m_description->setText(description);
    m_description->setToolTip(description);
    m_pages->setCurrentIndex(1);
}

void ReviewQueueBar::setProgress(int position, int count, int decided, bool finished)
{
    const QLocale locale;
    m_position->setText(QStringLiteral("%1 / %2").arg(locale.toString(position), locale.toString(count)));
    m_bar->setRange(0, qMax(1, count));
    m_bar->setValue(finished ? count : qMax(0, position));
    if (finished && !m_leaveKey.isEmpty())
        m_state->setText(tr("<b>Queue finished.</b> %Ln decided. %1 returns to the table.", nullptr, decided)
                             .arg(m_leaveKey.toHtmlEscaped()));
    else if (finished)
        m_state->setText(tr("<b>Queue finished.</b> %Ln decided.", nullptr, decided));
    else
        m_state->setText(tr("%Ln decided in this queue", nullptr, decided));
    m_state->setStyleSheet(finished ? QStringLiteral("color: #2e7d32;") : QString());
}

QString ReviewQueueBar::progressText() const
{
    return m_position->text();
}

QString ReviewQueueBar::stateText() const
{
    return m_state->text();
}

void ReviewQueueBar::updateIssueTypeEnabled()
{
    const bool byIssue = Order(m_order->currentData().toInt()) != Order::TableOrder;
    m_issueType->setEnabled(byIssue);
}

}  // namespace lockstep

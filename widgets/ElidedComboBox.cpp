#include "ElidedComboBox.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionMenuItem>
#include <QStylePainter>
#include <algorithm>

namespace lockstep {

namespace {

// The narrowest the closed box gets: a short metric name still reads ("image.width"), a long one is elided.
constexpr int kMinimumCharacters = 14;

}  // namespace

ElidedComboBox::ElidedComboBox(QWidget* parent) : QComboBox(parent)
{
    // The size hint is the widest item; minimumSizeHint() below lets a layout shrink the box from there.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        updateToolTip();
        updateGeometry();  // the size hint follows the current text
    });
    updateToolTip();
}

void ElidedComboBox::setDescription(const QString& description)
{
    m_description = description;
    updateToolTip();
}

QRect ElidedComboBox::textRect() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
}

QString ElidedComboBox::shownText() const
{
    // The style draws the label 1 px in from each side of the edit field. What fits is judged by the ink, as
    // QComboBox sizes itself: a full-width bracket's advance ends in blank space.
    const int available = textRect().width() - 2;
    const QString text = currentText();
    if (fontMetrics().boundingRect(text).width() <= available)
        return text;
    return fontMetrics().elidedText(text, Qt::ElideRight, available);
}

int ElidedComboBox::widestItemWidth() const
{
    // A popup styled as a menu (Fusion) sizes its rows to the view, not to their text: each row is measured as a
    // menu measures its items, and as the view's delegate does.
    QStyleOptionMenuItem option;
    option.initFrom(view());
    option.menuItemType = QStyleOptionMenuItem::Normal;
    option.checkType = QStyleOptionMenuItem::NonExclusive;
    option.maxIconWidth = iconSize().width() + 4;
    const QFontMetrics metrics = view()->fontMetrics();
    int width = view()->sizeHintForColumn(modelColumn());
    for (int i = 0; i < count(); ++i) {
        option.text = itemText(i);
        const QSize text(metrics.horizontalAdvance(option.text), metrics.height());
        width = std::max(width, style()->sizeFromContents(QStyle::CT_MenuItem, &option, text, view()).width());
    }
    width += 2 * view()->frameWidth();
    if (count() > maxVisibleItems())
        width += view()->verticalScrollBar()->sizeHint().width();
    return width;
}

QSize ElidedComboBox::sizeHint() const
{
    // Room for the current text, not the widest item: two boxes side by side share a row by what they show, so
    // a short current name leaves no blank space while its neighbour's long one is elided.
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize text(fontMetrics().horizontalAdvance(currentText()), fontMetrics().height());
    const int wanted = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).width();
    return QSize(std::max(wanted, minimumSizeHint().width()), QComboBox::sizeHint().height());
}

QSize ElidedComboBox::minimumSizeHint() const
{
    // Under AdjustToContents QComboBox's own minimum is its widest item; this one can shrink to a few characters.
    const QSize full = QComboBox::minimumSizeHint();
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize text(fontMetrics().horizontalAdvance(QLatin1Char('x')) * kMinimumCharacters, fontMetrics().height());
    const QSize least = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
    return QSize(std::min(full.width(), least.width()), full.height());
}

void ElidedComboBox::showPopup()
{
    view()->setMinimumWidth(widestItemWidth());
    QComboBox::showPopup();
}

void ElidedComboBox::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidedComboBox::event(QEvent* event)
{
    // The items may have been replaced with the box's signals blocked: the tooltip is made when it is asked for.
    if (event->type() == QEvent::ToolTip)
        updateToolTip();
    return QComboBox::event(event);
}

void ElidedComboBox::updateToolTip()
{
    const QString text = currentText();
    if (text.isEmpty())
        setToolTip(m_description);
    else if (m_description.isEmpty())
        setToolTip(text);
    else
        setToolTip(text + QLatin1Char('\n') + m_description);
}

}  // namespace lockstep

#include "TimelineImagePane.h"

#include <QPainter>

namespace lockstep {

TimelineImagePane::TimelineImagePane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineImagePane"));
    setMinimumWidth(120);
}

void TimelineImagePane::setImage(const QImage& image, const QString& caption)
{
    m_image = image;
    m_caption = caption;
    m_placeholder.clear();
    update();
}

void TimelineImagePane::setPlaceholder(const QString& text)
{
    m_image = QImage();
    m_caption.clear();
    m_placeholder = text;
    update();
}

void TimelineImagePane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QFontMetrics fm(font());
    const QRect content = rect().adjusted(8, 8, -8, -8 - (m_caption.isEmpty() ? 0 : fm.height() + 4));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(content, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize size = m_image.size().scaled(content.size(), Qt::KeepAspectRatio);
    const QRect target(content.left() + (content.width() - size.width()) / 2,
                       content.top() + (content.height() - size.height()) / 2, size.width(), size.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
    if (!m_caption.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(8, height() - fm.height() - 6, width() - 16, fm.height()), Qt::AlignCenter,
                         fm.elidedText(m_caption, Qt::ElideMiddle, width() - 16));
    }
}

}  // namespace lockstep

#include "SampleGridDelegate.h"

#include "DisplayNames.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace lockstep {

namespace {

QColor statusColor(const QString& stored)
{
    if (stored == QLatin1String("accepted"))
        return QColor(0x2e, 0x7d, 0x32);
    if (stored == QLatin1String("rejected"))
        return QColor(0xc6, 0x28, 0x28);
    if (stored == QLatin1String("needs-fix"))
        return QColor(0xef, 0x6c, 0x00);
    return {};
}

QString statusGlyph(const QString& stored)
{
    if (stored == QLatin1String("accepted"))
        return QStringLiteral("\u2713");
    if (stored == QLatin1String("rejected"))
        return QStringLiteral("\u2715");
    if (stored == QLatin1String("needs-fix"))
        return QStringLiteral("!");
    return {};
}

// A pill with white text, anchored at a corner of the picture.
void drawBadge(QPainter* p, const QPoint& anchor, bool right, const QString& text, const QColor& color,
               const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int h = fm.height() + 2;
    const int w = qMax(h, fm.horizontalAdvance(text) + 10);
    const QRect r(right ? anchor.x() - w : anchor.x(), anchor.y(), w, h);
    p->setPen(QPen(QColor(255, 255, 255, 220), 1.5));
    p->setBrush(color);
    p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    p->setPen(Qt::white);
    p->setFont(bold);
    p->drawText(r, Qt::AlignCenter, text);
}

}  // namespace

SampleGridDelegate::SampleGridDelegate(SampleGridView* view) : QStyledItemDelegate(view), m_view(view) {}

QSize SampleGridDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return SampleGridView::tileSize();
}

void SampleGridDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const SampleTableModel*>(index.model());
    const SampleRow* row = model ? model->sampleRow(index.row()) : nullptr;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRect tile = option.rect.adjusted(2, 2, -2, -2);

    // The tile.
    QColor back = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
    if (selected)
        back.setAlpha(70);
    p->setPen(selected ? QPen(pal.color(QPalette::Highlight), 2)
                       : QPen(hovered ? pal.color(QPalette::Mid) : pal.color(QPalette::Midlight), 1));
    p->setBrush(back);
    p->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // The picture area: thumbnail, placeholder, or what the sample has instead.
    const QRect picture(tile.left() + 8, tile.top() + 8, tile.width() - 16, tile.height() - 55);
    bool failed = false;
    const QImage image = m_view->thumbnailOfRow(index.row(), &failed);
    const bool hasImage = row && (row->modalities & modalityBit(Modality::Image));
    if (!image.isNull()) {
        const qreal ratio = m_view->devicePixelRatioF();
        const QSizeF shown = QSizeF(image.size()) / ratio;
        const QRectF target(picture.center().x() - shown.width() / 2.0 + 0.5,
                            picture.center().y() - shown.height() / 2.0 + 0.5, shown.width(), shown.height());
        p->fillRect(picture, pal.color(QPalette::AlternateBase));
        p->drawImage(target, image);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::AlternateBase).darker(hasImage && !failed ? 104 : 100));
        p->drawRoundedRect(picture, 4, 4);
        QString text;
        if (hasImage && !failed)
            text = tr("Loading\u2026");
        else if (hasImage)
            text = row->missingFiles & modalityBit(Modality::Image) ? tr("Image missing") : tr("Image unreadable");
        else if (row) {
            QStringList has;
            for (Modality m : {Modality::Text, Modality::Audio, Modality::Video})
                if (row->modalities & modalityBit(m))
                    has << DisplayNames::modality(m);
            text = has.isEmpty() ? tr("No media") : tr("No image\n%1").arg(has.join(QStringLiteral(" \u00b7 ")));
        }
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(picture, Qt::AlignCenter, text);
    }

    if (row) {
        // Badges: review status (top left), issues (top right).
        const QColor color = statusColor(row->status);
        if (color.isValid())
            drawBadge(p, picture.topLeft() + QPoint(4, 4), false, statusGlyph(row->status), color, option.font);
        if (row->issueCount > 0)
            drawBadge(p, picture.topRight() + QPoint(-4, 4), true, QString::number(row->issueCount),
                      QColor(0xb7, 0x1c, 0x1c), option.font);

        // Id and label under the picture.
        const QRect idRect(tile.left() + 8, picture.bottom() + 6, tile.width() - 16, option.fontMetrics.height());
        QFont idFont = option.font;
        idFont.setBold(true);
        p->setFont(idFont);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(idRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(idFont).elidedText(row->id, Qt::ElideMiddle, idRect.width()));
        QStringList facts;
        if (!row->label.isEmpty())
            facts << row->label;
        if (!row->split.isEmpty())
            facts << row->split;
        if (!row->status.isEmpty() && row->status != QLatin1String("unreviewed"))
            facts << DisplayNames::reviewStatus(row->status);
        const QRect factsRect = idRect.translated(0, option.fontMetrics.height() + 2);
        p->setFont(option.font);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(
            factsRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(facts.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight, factsRect.width()));
    }
    p->restore();
}

}  // namespace lockstep

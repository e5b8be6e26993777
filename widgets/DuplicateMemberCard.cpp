#include "DuplicateMemberCard.h"

#include "DisplayNames.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lockstep {

namespace {

QString statusColor(const QString& stored)
{
    if (stored == QLatin1String("accepted"))
        return QStringLiteral("#2e7d32");
    if (stored == QLatin1String("rejected"))
        return QStringLiteral("#c62828");
    if (stored == QLatin1String("needs-fix"))
        return QStringLiteral("#ef6c00");
    return QStringLiteral("#757575");
}

}  // namespace

namespace {
constexpr int kMinPictureHeight = 90;
constexpr int kMaxPictureHeight = 400;
constexpr int kDefaultPictureHeight = 150;
constexpr int kTextLines = 3;      // under a picture
constexpr int kTextOnlyLines = 9;  // text and audio groups

// The longest start of text that fits in lines lines of width, with an ellipsis when it was cut.
QString elideToLines(const QString& text, const QFontMetrics& fm, int width, int lines)
{
    const auto fits = [&](const QString& t) {
        return fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, t).height() <= lines * fm.lineSpacing();
    };
    if (width <= 0 || fits(text))
        return text;
    qsizetype low = 0;
    qsizetype high = text.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (fits(text.left(mid).trimmed() + QChar(0x2026)))
            low = mid;
        else
            high = mid - 1;
    }
    return text.left(low).trimmed() + QChar(0x2026);
}

QSize pictureSizeFor(int height)
{
    const int h = qBound(kMinPictureHeight, height, kMaxPictureHeight);
    return {qBound(216, h * 3 / 2, 560), h};
}
}  // namespace

QSize DuplicateMemberCard::previewSize()
{
    return pictureSizeFor(kMaxPictureHeight);
}

DuplicateMemberCard::DuplicateMemberCard(const QString& sampleId, bool keeper, QWidget* parent)
    : QFrame(parent), m_id(sampleId), m_keeper(keeper)
{
    setObjectName(QStringLiteral("duplicateMemberCard"));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(pictureSizeFor(kDefaultPictureHeight).width() + 24);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    m_title = new QLabel(sampleId, this);
    m_title->setObjectName(QStringLiteral("memberId"));
    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setBold(true);
    m_title->setFont(idFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMinimumHeight(fontMetrics().height() + 6);  // as tall as the keeper badge: pictures line up
    header->addWidget(m_title, 1);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("keeperBadge"));
    if (keeper) {
        m_badge->setText(tr("\u2605 Keeper"));
        m_badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #1565c0; color: white; border-radius: 8px; padding: 1px 8px; font-weight: 600; }"));
        m_badge->setToolTip(tr("The suggested keeper: the scan prefers the most pixels, the longest audio or text"));
    }
    m_badge->setVisible(keeper);
    header->addWidget(m_badge);
    layout->addLayout(header);

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("memberPicture"));
    m_picture->setFixedSize(pictureSizeFor(kDefaultPictureHeight));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setText(tr("Loading\u2026"));
    layout->addWidget(m_picture);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("memberText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Three lines are kept for the text under a picture, so that every card's picture has the same height.
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * kTextLines);
    layout->addWidget(m_text);

    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("memberPlay"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setText(tr("Play audio"));
    setPlayKey(QString());
    m_play->setVisible(false);
    m_play->setFocusPolicy(Qt::NoFocus);  // the keys belong to the group list
    m_play->setAutoRaise(true);
    connect(m_play, &QToolButton::clicked, this, [this] { emit playRequested(m_id); });

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("memberFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_facts->setFont(small);
    layout->addWidget(m_facts);

    layout->addStretch(1);
    auto* footer = new QHBoxLayout;
    footer->setSpacing(6);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("memberStatus"));
    footer->addWidget(m_statusLabel);
    footer->addStretch(1);
    footer->addWidget(m_play);
    layout->addLayout(footer);
    setStatus(QStringLiteral("unreviewed"));
    updateFrame();
}

void DuplicateMemberCard::setDistance(const QString& kind, double distance)
{
    if (m_keeper || kind != QLatin1String("near"))
        return;
    m_title->setToolTip(tr("Distance to the suggested keeper: %1").arg(QLocale().toString(distance, 'g', 3)));
}

void DuplicateMemberCard::setStatus(const QString& stored)
{
    m_status = stored.isEmpty() ? QStringLiteral("unreviewed") : stored;
    m_statusLabel->setText(DisplayNames::reviewStatus(m_status));
    m_statusLabel->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 1px 10px; }")
            .arg(statusColor(m_status)));
}

void DuplicateMemberCard::setMedia(const SampleMedia& media)
{
    QStringList facts;
    if (media.image.present) {
        if (!media.imagePreview.isNull()) {
            m_preview = media.imagePreview;
            showPreview();
        } else {
            m_picture->setText(media.image.missing ? tr("Image file missing") : tr("Image not readable"));
        }
        QString image = tr("Image");
        if (media.imageSize.isValid())
            image += QStringLiteral(" %1 \u00d7 %2").arg(media.imageSize.width()).arg(media.imageSize.height());
        if (!media.imageFormat.isEmpty())
            image += QStringLiteral(" \u00b7 ") + media.imageFormat.toUpper();
        if (media.image.bytes > 0)
            image += QStringLiteral(" \u00b7 ") + DisplayNames::fileSize(media.image.bytes);
        facts << image;
    } else {
        // A text or audio group: no empty picture box, room for more of the text instead.
        m_picture->hide();
        m_textLines = kTextOnlyLines;
        m_text->setMinimumHeight(0);
        m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * kTextOnlyLines);
    }
    if (media.text.present) {
        const QString text = media.textContent.simplified();
        m_fullText = text.isEmpty() ? tr("(empty text)") : text;
        updateText();
        m_text->setToolTip(media.textContent.left(2000));
        facts << tr("Text %Ln character(s)", nullptr, int(media.textContent.size()));
    }
    if (media.audio.present) {
        m_audioPath = media.audio.missing ? QString() : media.audio.absolutePath;
        m_play->setVisible(true);
        m_play->setEnabled(!m_audioPath.isEmpty() && media.audioInfo.ok);
        QString audio = tr("Audio");
        if (media.audioInfo.ok)
            audio += QStringLiteral(" %1 \u00b7 %2 kHz")
                         .arg(DisplayNames::duration(media.audioInfo.duration),
                              QLocale().toString(media.audioInfo.sampleRate / 1000.0, 'g', 4));
        else
            audio += QStringLiteral(" \u00b7 ") + (media.audio.missing ? tr("file missing") : tr("not readable"));
        if (media.audio.bytes > 0)
            audio += QStringLiteral(" \u00b7 ") + DisplayNames::fileSize(media.audio.bytes);
        facts << audio;
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
}

void DuplicateMemberCard::setPictureHeight(int height)
{
    if (m_picture->isHidden())
        return;
    const QSize size = pictureSizeFor(height);
    if (m_picture->size() == size)
        return;
    m_picture->setFixedSize(size);
    setFixedWidth(size.width() + 24);
    showPreview();
    updateText();
}

void DuplicateMemberCard::updateText()
{
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    m_text->setText(
        elideToLines(m_fullText, m_text->fontMetrics(), width() - margins.left() - margins.right(), m_textLines));
}

int DuplicateMemberCard::heightWithoutPicture() const
{
    // The wrapped labels are as tall as the card's fixed width makes them.
    const int height = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    return height - (m_picture->isHidden() ? 0 : m_picture->height());
}

void DuplicateMemberCard::showPreview()
{
    if (m_preview.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_preview);
    const QSize bound = m_picture->size() * ratio;
    if (pixmap.width() > bound.width() || pixmap.height() > bound.height())
        pixmap = pixmap.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    pixmap.setDevicePixelRatio(ratio);
    m_picture->setPixmap(pixmap);
}

QString DuplicateMemberCard::factsText() const
{
    return m_facts->text();
}

bool DuplicateMemberCard::hasPicture() const
{
    return !m_picture->pixmap().isNull();
}

void DuplicateMemberCard::setPlayKey(const QString& key)
{
    m_play->setToolTip(key.isEmpty() ? tr("Play this sample's audio") : tr("Play this sample's audio (%1)").arg(key));
}

void DuplicateMemberCard::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play audio"));
}

void DuplicateMemberCard::setFocusedMember(bool focused)
{
    if (m_focused == focused)
        return;
    m_focused = focused;
    updateFrame();
}

bool DuplicateMemberCard::event(QEvent* event)
{
    // The style sheets hold the theme's colours: set them again for a new theme (only then: setting a style
    // sheet sends a palette change of its own). A widget with a style sheet may keep its own palette, so the
    // application palette decides.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        QApplication::palette().color(QPalette::Base) != m_styledBase)
        updateFrame();
    return QFrame::event(event);
}

void DuplicateMemberCard::updateFrame()
{
    const QPalette p = QApplication::palette();
    m_styledBase = p.color(QPalette::Base);
    m_picture->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; }")
                                 .arg(p.color(QPalette::Dark).name(), p.color(QPalette::Light).name()));
    // The focused card: a thick highlight border; the keeper keeps a blue edge.
    const QString border = m_focused  ? QStringLiteral("3px solid %1").arg(p.color(QPalette::Highlight).name())
                           : m_keeper ? QStringLiteral("1px solid #1565c0")
                                      : QStringLiteral("1px solid %1").arg(p.color(QPalette::Mid).name());
    setStyleSheet(QStringLiteral("#duplicateMemberCard { border: %1; border-radius: 6px; background: %2; }")
                      .arg(border, p.color(m_focused ? QPalette::AlternateBase : QPalette::Base).name()));
}

void DuplicateMemberCard::mousePressEvent(QMouseEvent* event)
{
    emit clicked(m_id);
    QFrame::mousePressEvent(event);
}

void DuplicateMemberCard::mouseDoubleClickEvent(QMouseEvent* event)
{
    emit activated(m_id);
    QFrame::mouseDoubleClickEvent(event);
}

}  // namespace lockstep

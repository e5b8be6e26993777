#include "SampleDetailsPane.h"
#include "QueuedContinuation.h"

#include "CaptionEditControls.h"
#include "DisplayNames.h"
#include "EngineMessageText.h"
#include "IssueMessageText.h"
#include "QualityNames.h"
#include "SampleAnnotationsEditor.h"
#include "SampleMediaLoader.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <climits>

namespace lockstep {

namespace {

// Shades that read on light and dark bases alike (about 4:1 on both), so a theme switch needs no restyling.
const QLatin1String kMissingStyle("color: #d64541; font-weight: 600;");
const QLatin1String kWarningStyle("color: #b26a00;");
const QLatin1String kErrorStyle("color: #d64541;");
constexpr int kMaxPreviewHeight = 360;

QString clockText(const ClockTransform& clock)
{
    if (!clock.anchors().empty())
        return SampleDetailsPane::tr("piecewise, %n anchor(s)", nullptr, static_cast<int>(clock.anchors().size()));
    if (clock.isIdentity())
        return SampleDetailsPane::tr("in sync");
    QString text = SampleDetailsPane::tr("%1 ms").arg(
        QLocale().toString(static_cast<double>(clock.offset().count()) / 1000.0, 'f', 1));
    if (clock.offset().count() > 0)
        text.prepend(QLatin1Char('+'));
    if (clock.scale() != 1.0)
        text += SampleDetailsPane::tr(", drift \u00d7%1").arg(QLocale().toString(clock.scale(), 'f', 6));
    return text;
}

QString streamContent(const Stream& stream)
{
    const QLocale locale;
    switch (stream.kind) {
    case StreamKind::TextSegments:
        return SampleDetailsPane::tr("%Ln segment(s)", nullptr, static_cast<int>(stream.segments.size()));
    case StreamKind::Frames: {
        const qint64 frames = stream.frames.empty() ? stream.pointCount : static_cast<qint64>(stream.frames.size());
        QString text = SampleDetailsPane::tr("%Ln frame(s)", nullptr, static_cast<int>(qMin<qint64>(frames, INT_MAX)));
        if (stream.rate > 0)
            text += SampleDetailsPane::tr(" at %1 fps").arg(locale.toString(stream.rate, 'g', 4));
        return text;
    }
    case StreamKind::Sensor: {
        QString text =
            SampleDetailsPane::tr("%Ln row(s)", nullptr, static_cast<int>(qMin<qint64>(stream.pointCount, INT_MAX)));
        if (!stream.channels.isEmpty())
            text += QStringLiteral(" \u00b7 ") +
                    SampleDetailsPane::tr("%n channel(s)", nullptr, static_cast<int>(stream.channels.size()));
        return text;
    }
    case StreamKind::Audio:
        if (stream.rate > 0)
            return SampleDetailsPane::tr("%1 Hz").arg(locale.toString(stream.rate, 'f', 0));
        return {};
    }
    return {};
}

}  // namespace

SampleDetailsPane::SampleDetailsPane(QWidget* parent) : QWidget(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    setObjectName(QStringLiteral("sampleDetailsPane"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* placeholder = new QLabel(tr("Select a sample to see its image, text, audio and streams."), m_stack);
    placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setMargin(24);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(6);
    m_scroll->setWidget(content);
    m_stack->addWidget(m_scroll);

    // Header: the sample's id, then label / split / row.
    m_idLabel = new QLabel(content);
    m_idLabel->setObjectName(QStringLiteral("detailsId"));
    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setPointSizeF(font().pointSizeF() * 1.35);
    idFont.setBold(true);
    m_idLabel->setFont(idFont);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setWordWrap(true);
    layout->addWidget(m_idLabel);
    m_subtitleLabel = new QLabel(content);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitleLabel);

    // Image.
    QWidget* body = nullptr;
    // Quality issues first: they are why a reviewer looks at this sample.
    m_issuesSection = makeSection(tr("Issues"), layout, &body);
    m_issues = new QVBoxLayout(body);
    m_issues->setContentsMargins(0, 0, 0, 0);

    // What reviewers added: tags, regions, a note.
    makeSection(tr("Tags & Note"), layout, &body);
    auto* annotationsLayout = new QVBoxLayout(body);
    annotationsLayout->setContentsMargins(0, 0, 0, 0);
    m_annotationsEditor = new SampleAnnotationsEditor(body);
    annotationsLayout->addWidget(m_annotationsEditor);

    m_imageSection = makeSection(tr("Image"), layout, &body);
    auto* imageLayout = new QVBoxLayout(body);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    m_imageLabel = new QLabel(body);
    m_imageLabel->setObjectName(QStringLiteral("imagePreview"));
    m_imageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_imageLabel->setMinimumSize(1, 1);
    m_imageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    imageLayout->addWidget(m_imageLabel);
    m_imageInfo = makeValueLabel();
    m_imageInfo->setObjectName(QStringLiteral("imageInfo"));
    imageLayout->addWidget(m_imageInfo);
    m_imagePath = makeValueLabel();
    imageLayout->addWidget(m_imagePath);
    m_imageMissing = makeMissingLabel();
    imageLayout->addWidget(m_imageMissing);

    // Text.
    m_textSection = makeSection(tr("Text"), layout, &body);
    auto* textLayout = new QVBoxLayout(body);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_textPath = makeValueLabel();
    textLayout->addWidget(m_textPath);
    m_textMissing = makeMissingLabel();
    textLayout->addWidget(m_textMissing);
    m_textWarning = new QLabel(body);
    m_textWarning->setObjectName(QStringLiteral("textWarning"));
    m_textWarning->setStyleSheet(kWarningStyle);
    m_textWarning->setWordWrap(true);
    textLayout->addWidget(m_textWarning);
    m_text = new QPlainTextEdit(body);
    m_text->setObjectName(QStringLiteral("textContent"));
    m_text->setReadOnly(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    textLayout->addWidget(m_text);
    m_captionControls = new CaptionEditControls(m_text, body);
    textLayout->addWidget(m_captionControls);

    // Audio.
    m_audioSection = makeSection(tr("Audio"), layout, &body);
    auto* audioLayout = new QVBoxLayout(body);
    audioLayout->setContentsMargins(0, 0, 0, 0);
    m_audioPath = makeValueLabel();
    audioLayout->addWidget(m_audioPath);
    m_audioMissing = makeMissingLabel();
    audioLayout->addWidget(m_audioMissing);
    m_audioFacts = new QWidget(body);
    auto* facts = new QFormLayout(m_audioFacts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setLabelAlignment(Qt::AlignLeft);
    m_audioDuration = makeValueLabel();
    m_audioRate = makeValueLabel();
    m_audioChannels = makeValueLabel();
    m_audioFormat = makeValueLabel();
    facts->addRow(tr("Duration:"), m_audioDuration);
    facts->addRow(tr("Sample rate:"), m_audioRate);
    facts->addRow(tr("Channels:"), m_audioChannels);
    facts->addRow(tr("Format:"), m_audioFormat);
    audioLayout->addWidget(m_audioFacts);

    // Video.
    m_videoSection = makeSection(tr("Video"), layout, &body);
    auto* videoLayout = new QVBoxLayout(body);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    m_videoPath = makeValueLabel();
    videoLayout->addWidget(m_videoPath);
    m_videoMissing = makeMissingLabel();
    videoLayout->addWidget(m_videoMissing);

    // Streams.
    m_streamsSection = makeSection(tr("Timed streams"), layout, &body);
    auto* streamsLayout = new QVBoxLayout(body);
    streamsLayout->setContentsMargins(0, 0, 0, 0);
    m_streams = new QTreeWidget(body);
    m_streams->setObjectName(QStringLiteral("streamsList"));
    m_streams->setRootIsDecorated(false);
    m_streams->setAlternatingRowColors(true);
    m_streams->setUniformRowHeights(true);
    // The numbers first; the source path last, where it can be elided.
    m_streams->setHeaderLabels({tr("Kind"), tr("Name"), tr("Content"), tr("Duration"), tr("Clock"), tr("Source")});
    m_streams->header()->setStretchLastSection(true);
    m_streams->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_streams->header()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_streams->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_streams->setTextElideMode(Qt::ElideLeft);  // paths: keep the file name visible
    m_streams->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    streamsLayout->addWidget(m_streams);

    // Attributes.
    m_attributesSection = makeSection(tr("Attributes"), layout, &body);
    m_attributes = new QFormLayout(body);
    m_attributes->setContentsMargins(0, 0, 0, 0);

    // Diagnostics.
    m_diagnosticsSection = makeSection(tr("Diagnostics"), layout, &body);
    m_diagnostics = new QVBoxLayout(body);
    m_diagnostics->setContentsMargins(0, 0, 0, 0);

    layout->addStretch(1);
    clear();
}

SampleDetailsPane::~SampleDetailsPane()
{
    m_loads.retire();  // queued loads return at once
    m_pool->waitForDone();
}

QWidget* SampleDetailsPane::makeSection(const QString& title, QVBoxLayout* into, QWidget** body)
{
    auto* section = new QWidget(into->parentWidget());
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);
    auto* heading = new QLabel(title, section);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto* rule = new QFrame(section);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    *body = new QWidget(section);
    layout->addWidget(*body);
    into->addWidget(section);
    return section;
}

QLabel* SampleDetailsPane::makeValueLabel() const
{
    auto* label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel* SampleDetailsPane::makeMissingLabel() const
{
    auto* label = new QLabel;
    label->setStyleSheet(kMissingStyle);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void SampleDetailsPane::clear()
{
    m_loads.advance();
    m_loading = false;
    m_details.reset();
    m_preview = QImage();
    m_missingMessages.clear();
    m_diagnosticLines.clear();
    m_issueLines.clear();
    m_stack->setCurrentIndex(0);
    m_annotationsEditor->clear();
}

void SampleDetailsPane::setAnnotations(const SampleAnnotations& annotations)
{
    if (!m_details)
        return;
    m_details->annotations = annotations;
    m_annotationsEditor->showAnnotations(m_details->sample.id, annotations);
    m_captionControls->setFix(annotations.caption);
    updateTextHeight();
}

void SampleDetailsPane::showSample(const SampleDetails& details)
{
    m_details = std::make_unique<SampleDetails>(details);
    m_missingMessages.clear();
    m_preview = QImage();
    m_imageLabel->clear();
    m_stack->setCurrentIndex(1);
    m_scroll->verticalScrollBar()->setValue(0);

    showHeader(details);
    const Sample& sample = details.sample;
    m_imageSection->setVisible(sample.item(Modality::Image) != nullptr);
    m_textSection->setVisible(sample.item(Modality::Text) != nullptr);
    m_audioSection->setVisible(sample.item(Modality::Audio) != nullptr);
    m_videoSection->setVisible(sample.item(Modality::Video) != nullptr);
    m_imageInfo->setText(tr("Loading\u2026"));
    m_text->clear();
    m_textWarning->setVisible(false);
    m_audioFacts->setVisible(false);
    for (QLabel* label : {m_imageMissing, m_textMissing, m_audioMissing, m_videoMissing})
        label->setVisible(false);
    showStreams(sample);
    showAttributes(sample);
    showDiagnostics(details.diagnostics);
    showIssues(details);
    m_annotationsEditor->showAnnotations(sample.id, details.annotations);
    m_captionControls->setSampleId(sample.id);
    m_captionControls->setVisible(false);  // until the text is read

    // Media are read on a worker; a newer selection makes this result stale.
    m_loads.advance();
    const RequestGeneration::Ticket ticket = m_loads.ticket();
    m_loading = true;
    const QSize decodeSize = previewDecodeSize();
    // A load still queued when the user has moved on is skipped: holding an arrow key down must not queue
    // hundreds of decodes.
    const QFuture<SampleMedia> future = QtConcurrent::run(m_pool, [details, decodeSize, ticket] {
        if (ticket.isStale())
            return SampleMedia{};
        return SampleMediaLoader::load(details, decodeSize);
    });
    // Through the queue, the media always arrive after showSample() has returned, so the caller sees a pane
    // that is loading and mediaLoaded() comes later, never from inside; stale media are dropped.
    continueQueued(future, this, ticket, [this](const SampleMedia& media) {
        m_loading = false;
        applyMedia(media);
        emit mediaLoaded();
    });
}

void SampleDetailsPane::showHeader(const SampleDetails& details)
{
    const Sample& sample = details.sample;
    m_idLabel->setText(sample.id);
    QStringList parts;
    parts << tr("Label: %1").arg(sample.label.isEmpty() ? tr("none") : sample.label);
    if (!sample.split.isEmpty())
        parts << tr("Split: %1").arg(sample.split);
    parts << tr("Row %1").arg(QLocale().toString(details.row.row + 1));
    parts << tr("Review: %1").arg(DisplayNames::reviewStatus(details.row.status));
    m_subtitleLabel->setText(parts.join(QStringLiteral("   \u00b7   ")));
}

void SampleDetailsPane::setFileLine(QLabel* pathLabel, QLabel* missingLabel, const SampleMedia::File& file)
{
    pathLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pathLabel->setText(file.relativePath);
    pathLabel->setVisible(!file.relativePath.isEmpty() && !file.missing);
    QString problem;
    if (file.missing)
        problem = tr("file missing: %1").arg(file.relativePath);
    else if (!file.error.isEmpty())
        problem = tr("cannot read %1: %2").arg(file.relativePath, EngineMessageText::message(file.error));
    missingLabel->setText(problem);
    missingLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_missingMessages << problem;
}

void SampleDetailsPane::applyMedia(const SampleMedia& media)
{
    const QLocale locale;

    // Image.
    setFileLine(m_imagePath, m_imageMissing, media.image);
    m_preview = media.imagePreview;
    if (media.imageSize.isValid()) {
        QStringList info;
        info << tr("%1 \u00d7 %2 px")
                    .arg(locale.toString(media.imageSize.width()), locale.toString(media.imageSize.height()));
        if (!media.imageFormat.isEmpty())
            info << media.imageFormat.toUpper();
        if (media.image.bytes > 0)
            info << DisplayNames::fileSize(media.image.bytes);
        m_imageInfo->setText(info.join(QStringLiteral("  \u00b7  ")));
        m_imageInfo->setVisible(true);
    } else {
        m_imageInfo->clear();
        m_imageInfo->setVisible(false);
    }
    updatePreviewPixmap();

    // Text.
    if (media.textInline) {
        m_textPath->setText(tr("(inline text from the manifest)"));
        m_textPath->setFont(font());
        m_textPath->setVisible(true);
        m_textMissing->setVisible(false);
    } else {
        setFileLine(m_textPath, m_textMissing, media.text);
    }
    // A fixed caption shows the fix (marked, the original in the tooltip).
    m_captionControls->setTexts(media.textContent, m_details ? m_details->annotations.caption : std::nullopt);
    updateTextHeight();
    m_text->setVisible(!media.text.missing && media.text.error.isEmpty());
    m_captionControls->setVisible(m_text->isVisibleTo(this) && !media.textTruncated);
    QStringList warnings;
    if (media.textInvalidBytes > 0)
        warnings << tr("%n invalid UTF-8 byte(s), the first on line %1; shown as \ufffd.", nullptr,
                       media.textInvalidBytes)
                        .arg(media.textFirstInvalidLine);
    if (media.textTruncated)
        warnings << tr("The text is long; only its beginning is shown.");
    m_textWarning->setText(warnings.join(QLatin1Char(' ')));
    m_textWarning->setVisible(!warnings.isEmpty());

    // Audio.
    setFileLine(m_audioPath, m_audioMissing, media.audio);
    const AudioInfo& audio = media.audioInfo;
    m_audioFacts->setVisible(audio.ok);
    if (audio.ok) {
        m_audioDuration->setText(DisplayNames::duration(audio.duration));
        m_audioRate->setText(tr("%1 Hz").arg(locale.toString(audio.sampleRate)));
        m_audioChannels->setText(audio.channels == 1   ? tr("1 (mono)")
                                 : audio.channels == 2 ? tr("2 (stereo)")
                                                       : locale.toString(audio.channels));
        QStringList format;
        if (!audio.container.isEmpty())
            format << audio.container;
        if (!audio.encoding.isEmpty())
            format << audio.encoding;
        if (media.audio.bytes > 0)
            format << DisplayNames::fileSize(media.audio.bytes);
        m_audioFormat->setText(format.join(QStringLiteral("  \u00b7  ")));
    }

    // Video.
    setFileLine(m_videoPath, m_videoMissing, media.video);
}

void SampleDetailsPane::showStreams(const Sample& sample)
{
    m_streams->clear();
    m_streamsSection->setVisible(!sample.streams.empty());
    for (const Stream& stream : sample.streams) {
        auto* item = new QTreeWidgetItem(m_streams);
        item->setText(0, DisplayNames::streamKind(stream.kind));
        item->setText(1, stream.tier.isEmpty() || stream.tier == stream.name
                             ? stream.name
                             : QStringLiteral("%1 (%2)").arg(stream.name, stream.tier));
        item->setText(2, streamContent(stream));
        item->setToolTip(2, stream.channels.isEmpty() ? item->text(2) : stream.channels.join(QStringLiteral(", ")));
        item->setText(3, stream.duration.count() > 0 ? DisplayNames::duration(stream.duration) : QString());
        item->setText(4, clockText(stream.clock));
        item->setText(5, stream.sourcePath);
        item->setFont(5, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        item->setToolTip(5, stream.sourcePath);
    }
}

void SampleDetailsPane::showAttributes(const Sample& sample)
{
    while (m_attributes->rowCount() > 0)
        m_attributes->removeRow(0);
    m_attributesSection->setVisible(!sample.attributes.isEmpty());
    for (const auto& [key, value] : sample.attributes) {
        QLabel* valueLabel = makeValueLabel();
        valueLabel->setText(value);
        m_attributes->addRow(key + QLatin1Char(':'), valueLabel);
    }
}

void SampleDetailsPane::showIssues(const SampleDetails& details)
{
    // Later, not now: a click on an issue's link rebuilds the list from inside that label's event.
    while (QLayoutItem* item = m_issues->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_issueLines.clear();
    if (details.issues.empty()) {
        QLabel* none = makeValueLabel();
        none->setText(details.scanned ? tr("No issues found by the last scan")
                                      : tr("Not scanned yet \u2014 Dataset \u25b8 Scan Quality"));
        none->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_issues->addWidget(none);
        return;
    }
    if (!issueTypes().contains(m_selectedIssueType))
        m_selectedIssueType.clear();
    for (const QualityIssue& issue : details.issues) {
        // The engine stores English; the sentence is shown in the user's language.
        const QString message = IssueMessageText::message(issue);
        m_issueLines << issue.type + QStringLiteral(": ") + message;
        QLabel* text = addMessageRow(m_issues, issue.severity);
        text->setTextFormat(Qt::RichText);
        // The type's name is a link: clicking it picks the type that ] and [ jump through.
        const bool picked = issue.type == m_selectedIssueType;
        // In a language with a name for the type, the name comes first; the identifier stays, as the query
        // bar's has:TYPE takes it.
        const QString name = QualityNames::issueTypeName(issue.type);
        text->setText(QStringLiteral("%1<a href=\"%2\">%4<code>%2</code></a><br>%3")
                          .arg(picked ? QStringLiteral("\u25b8 ") : QString(), issue.type.toHtmlEscaped(),
                               message.toHtmlEscaped(),
                               name.isEmpty() ? QString() : name.toHtmlEscaped() + QLatin1Char(' ')));
        text->setToolTip(issueJumpTip());
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        connect(text, &QLabel::linkActivated, this, &SampleDetailsPane::selectIssueType);
    }
}

void SampleDetailsPane::setIssueJumpKeys(const QString& next, const QString& previous)
{
    m_nextIssueKey = next;
    m_previousIssueKey = previous;
}

QString SampleDetailsPane::issueJumpTip() const
{
    if (!m_nextIssueKey.isEmpty() && !m_previousIssueKey.isEmpty())
        return tr("Click the issue type to jump through it with %1 and %2").arg(m_nextIssueKey, m_previousIssueKey);
    if (!m_nextIssueKey.isEmpty() || !m_previousIssueKey.isEmpty())
        return tr("Click the issue type to jump through it with %1").arg(m_nextIssueKey + m_previousIssueKey);
    return tr("Click the issue type to jump through it with Review \u25b8 Next Issue of This Type");
}

QStringList SampleDetailsPane::issueTypes() const
{
    QStringList types;
    if (m_details)
        for (const QualityIssue& issue : m_details->issues)
            if (!types.contains(issue.type))
                types << issue.type;
    return types;
}

void SampleDetailsPane::selectIssueType(const QString& type)
{
    if (type == m_selectedIssueType || (!type.isEmpty() && !issueTypes().contains(type)))
        return;
    m_selectedIssueType = type;
    if (m_details)
        showIssues(*m_details);
    emit issueTypeSelected(type);
}

// One line of a message list: the severity's standard icon and a label, which the caller fills.
QLabel* SampleDetailsPane::addMessageRow(QVBoxLayout* list, Diagnostic::Severity severity)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const QStyle::StandardPixmap pixmap = severity == Diagnostic::Severity::Error ? QStyle::SP_MessageBoxCritical
                                          : severity == Diagnostic::Severity::Warning
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    rowLayout->addWidget(icon);
    QLabel* text = makeValueLabel();
    rowLayout->addWidget(text, 1);
    list->addWidget(row);
    return text;
}

void SampleDetailsPane::showDiagnostics(const Diagnostics& diagnostics)
{
    while (QLayoutItem* item = m_diagnostics->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_diagnosticLines.clear();
    m_diagnosticsSection->setVisible(!diagnostics.isEmpty());
    for (const Diagnostic& d : diagnostics) {
        Diagnostic shown = d;
        shown.message = EngineMessageText::message(d.message);
        const QString line = shown.toString();
        m_diagnosticLines << line;
        QLabel* text = addMessageRow(m_diagnostics, d.severity);
        text->setText(line);
        text->setStyleSheet(d.severity == Diagnostic::Severity::Error ? QString(kErrorStyle) : QString());
    }
}

void SampleDetailsPane::updatePreviewPixmap()
{
    if (m_preview.isNull()) {
        m_imageLabel->clear();
        m_imageLabel->setVisible(false);
        return;
    }
    const int available = qMax(64, m_scroll->viewport()->width() - 32);
    QSize target = m_preview.size();
    if (target.width() > available || target.height() > kMaxPreviewHeight)
        target = target.scaled(QSize(available, kMaxPreviewHeight), Qt::KeepAspectRatio);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_preview.scaled(target * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_imageLabel->setPixmap(pixmap);
    m_imageLabel->setFixedHeight(target.height());
    m_imageLabel->setVisible(true);
}

void SampleDetailsPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_preview.isNull())
        updatePreviewPixmap();
    updateTextHeight();
}

void SampleDetailsPane::updateTextHeight()
{
    // As tall as the text, between two and ten lines: a caption does not get a big empty box, a transcript
    // scrolls.
    const QFontMetrics fm(m_text->font());
    const int width =
        qMax(80, m_text->viewport()->width() - 2 * static_cast<int>(m_text->document()->documentMargin()));
    const int textHeight =
        fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, m_text->toPlainText()).height();
    const int lines = qBound(2, textHeight / qMax(1, fm.lineSpacing()) + 1, 10);
    const int frame = 2 * m_text->frameWidth() + 2 * static_cast<int>(m_text->document()->documentMargin());
    m_text->setFixedHeight(lines * fm.lineSpacing() + frame);
}

QString SampleDetailsPane::imageInfoText() const
{
    return m_imageInfo->text();
}

QString SampleDetailsPane::textContent() const
{
    return m_text->toPlainText();
}

QString SampleDetailsPane::textWarningText() const
{
    return m_textWarning->isVisibleTo(this) ? m_textWarning->text() : QString();
}

QString SampleDetailsPane::audioInfoText() const
{
    if (!m_details || !m_audioFacts->isVisibleTo(this))
        return {};
    return QStringList{m_audioDuration->text(), m_audioRate->text(), m_audioChannels->text(), m_audioFormat->text()}
        .join(QStringLiteral(" | "));
}

int SampleDetailsPane::streamRowCount() const
{
    return m_streams->topLevelItemCount();
}

}  // namespace lockstep

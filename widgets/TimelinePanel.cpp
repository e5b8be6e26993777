#include "TimelinePanel.h"
#include "QueuedContinuation.h"

#include "EngineMessageText.h"
#include "ShortcutHint.h"
#include "TimelineCanvas.h"
#include "TimelineFramesLane.h"
#include "TimelineImagePane.h"
#include "TimelineLoader.h"
#include "TimelinePlayer.h"
#include "TimelineRegionsLane.h"
#include "TimelineRuler.h"
#include "TimelineSegmentsLane.h"
#include "TimelineSensorLane.h"
#include "TimelineSpectrogramLane.h"
#include "TimelineTextEdits.h"
#include "TimelineWaveformLane.h"
#include "media/DatasetRoot.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace lockstep {

namespace {

// The horizontal scroll bar counts in units of 10 µs: two days fit in an int.
constexpr double kScrollUnit = 10.0;

QToolButton* toolButton(QWidget* parent, const QIcon& icon, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent),
      m_loader(new TimelineLoader(this)),
      m_player(new TimelinePlayer(this)),
      m_imagePool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_imagePool->setMaxThreadCount(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Toolbar: playback on the left, the view on the right.
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    bar->setSpacing(2);
    QStyle* s = style();
    m_play = toolButton(this, s->standardIcon(QStyle::SP_MediaPlay), tr("Play / pause"));
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_playSelection = toolButton(this, s->standardIcon(QStyle::SP_MediaSeekForward), tr("Play the selection"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timelineTime"));
    m_time->setTextFormat(Qt::PlainText);
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0:00:00.000 / 0:00:00.000")) + 12);
    m_time->setContentsMargins(8, 0, 8, 0);
    auto* hint = new QLabel(tr("Ctrl+wheel zooms \u00b7 drag pans \u00b7 Shift+drag selects \u00b7 right-click a lane "
                               "for options"),
                            this);
    hint->setEnabled(false);
    // A hint, not a reason for the window to be wide: it is cut off when space runs out.
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hint->setToolTip(hint->text());  // all of it, when it is cut off
    hint->setMinimumWidth(0);
    m_lanes = new QToolButton(this);
    m_lanes->setText(tr("Lanes"));
    m_lanes->setToolTip(tr("Show or hide lanes"));
    m_lanes->setPopupMode(QToolButton::InstantPopup);
    m_lanes->setAutoRaise(true);
    auto* lanesMenu = new QMenu(m_lanes);
    m_lanes->setMenu(lanesMenu);
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setToolTip(tr("Zoom out (\u2212)"));
    zoomOut->setAutoRaise(true);
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    zoomIn->setAutoRaise(true);
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole sample (0)"));
    fit->setAutoRaise(true);
    bar->addWidget(m_play);
    bar->addWidget(m_playSelection);
    bar->addWidget(m_time);
    bar->addWidget(hint, 1);
    bar->addWidget(m_lanes);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_placeholder = new QLabel(tr("Select a sample to see its streams on a timeline."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_image = new TimelineImagePane(m_splitter);
    auto* right = new QWidget(m_splitter);
    auto* grid = new QGridLayout(right);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    m_canvas = new TimelineCanvas(right);
    m_vbar = new QScrollBar(Qt::Vertical, right);
    m_hbar = new QScrollBar(Qt::Horizontal, right);
    m_hbar->setObjectName(QStringLiteral("timelineScrollBar"));
    grid->addWidget(m_canvas, 0, 0);
    grid->addWidget(m_vbar, 0, 1);
    grid->addWidget(m_hbar, 1, 0);
    m_splitter->addWidget(m_image);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 900});
    m_stack->addWidget(m_splitter);

    connect(m_play, &QToolButton::clicked, m_player, &TimelinePlayer::togglePlayback);
    // Space anywhere in the window plays and pauses (text fields still get their spaces: they take the key
    // before shortcuts do).
    auto* playAction = new QAction(tr("Play / Pause"), this);
    playAction->setObjectName(QStringLiteral("timeline.playPause"));
    playAction->setShortcut(QKeySequence(Qt::Key_Space));
    playAction->setShortcutContext(Qt::WindowShortcut);
    connect(playAction, &QAction::triggered, m_player, &TimelinePlayer::togglePlayback);
    addAction(playAction);
    auto* playSelectionAction = new QAction(tr("Play Selection"), this);
    playSelectionAction->setObjectName(QStringLiteral("timeline.playSelection"));
    playSelectionAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space));
    playSelectionAction->setShortcutContext(Qt::WindowShortcut);
    connect(playSelectionAction, &QAction::triggered, m_canvas, &TimelineCanvas::playSelection);
    addAction(playSelectionAction);
    connect(m_playSelection, &QToolButton::clicked, m_canvas, &TimelineCanvas::playSelection);
    // The buttons' tooltips name the keys the user has for them now.
    ShortcutHint::follow(this, {playAction, playSelectionAction}, [this, playAction, playSelectionAction] {
        m_play->setToolTip(ShortcutHint::withKey(tr("Play / pause"), playAction));
        m_playSelection->setToolTip(ShortcutHint::withKey(tr("Play the selection"), playSelectionAction));
    });
    connect(zoomIn, &QToolButton::clicked, m_canvas, &TimelineCanvas::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_canvas, &TimelineCanvas::zoomOut);
    connect(fit, &QToolButton::clicked, m_canvas, &TimelineCanvas::fit);
    connect(lanesMenu, &QMenu::aboutToShow, this, [this, lanesMenu] {
        lanesMenu->clear();
        m_canvas->fillLanesMenu(lanesMenu);
    });

    connect(m_canvas, &TimelineCanvas::viewChanged, this, &TimelinePanel::syncScrollBars);
    connect(m_canvas, &TimelineCanvas::selectionChanged, this,
            [this] { m_playSelection->setEnabled(m_canvas->hasSelection() && m_player->hasMedia()); });
    connect(m_canvas, &TimelineCanvas::seekRequested, this, [this](Micros t) {
        m_canvas->setPlayhead(t, false);
        if (m_player->hasMedia())
            m_player->seek(t);
        onPlayheadMoved();
    });
    connect(m_canvas, &TimelineCanvas::playRangeRequested, m_player, &TimelinePlayer::playRange);
    connect(m_canvas, &TimelineCanvas::playPauseRequested, m_player, &TimelinePlayer::togglePlayback);
    connect(m_hbar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncing)
            return;
        const TimelineMapping& m = m_canvas->mapping();
        m_canvas->mapping().setVisibleStart(m.extentStart() + Micros{static_cast<std::int64_t>(value * kScrollUnit)});
        m_canvas->update();
    });
    connect(m_vbar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_canvas->setVerticalOffset(value);
    });

    connect(m_player, &TimelinePlayer::positionChanged, this, [this](Micros t) {
        m_canvas->setPlayhead(t, m_player->isPlaying());
        onPlayheadMoved();
    });
    connect(m_player, &TimelinePlayer::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });

    connect(m_loader, &TimelineLoader::audioProbed, this, &TimelinePanel::onAudioProbed);
    connect(m_loader, &TimelineLoader::waveformReady, this, &TimelinePanel::onWaveformReady);
    connect(m_loader, &TimelineLoader::sensorReady, this, &TimelinePanel::onSensorReady);
    connect(m_loader, &TimelineLoader::captionReady, this, &TimelinePanel::onCaptionReady);
    connect(m_loader, &TimelineLoader::sourceFailed, this, &TimelinePanel::onSourceFailed);
    connect(m_loader, &TimelineLoader::finished, this, &TimelinePanel::loaded);
    m_layouts.load();
    clear();
}

TimelinePanel::~TimelinePanel()
{
    rememberLayout();  // the last sample's arrangement, for the next session
    m_imageRequests.retire();
    m_imagePool->waitForDone();
}

bool TimelinePanel::isLoading() const
{
    return m_loader->isLoading();
}

bool TimelinePanel::isBusy() const
{
    if (m_loader->isLoading())
        return true;
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        const TimelineLane* lane = m_canvas->lane(i);
        if (auto* frames = dynamic_cast<const TimelineFramesLane*>(lane);
            frames && frames->thumbnails()->pendingCount())
            return true;
        if (auto* spec = dynamic_cast<const TimelineSpectrogramLane*>(lane); spec && spec->tiles()->pendingCount())
            return true;
    }
    return false;
}

void TimelinePanel::rememberLayout()
{
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        const TimelineLane* lane = m_canvas->lane(i);
        m_layouts.remember(lane->key(), TimelineLaneLayout{lane->height(), lane->isVisible(), i});
    }
    if (m_canvas->laneCount() > 0)
        m_layouts.save();
}

void TimelinePanel::applyLayout()
{
    // Known lanes in their remembered order, new ones where the description put them.
    std::vector<std::pair<double, QString>> order;
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        TimelineLane* lane = m_canvas->lane(i);
        const TimelineLaneLayout* known = m_layouts.find(lane->key());
        if (known) {
            lane->setHeight(known->height);
            lane->setVisible(known->visible);
        }
        order.emplace_back(known ? known->order : i - 0.5, lane->key());
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (int to = 0; to < static_cast<int>(order.size()); ++to)
        m_canvas->moveLane(m_canvas->indexOfLane(order[static_cast<std::size_t>(to)].second), to);
}

void TimelinePanel::clear()
{
    rememberLayout();
    m_loader->clear();
    m_player->load(QString(), ClockTransform{});
    m_canvas->clearLanes();
    m_description = TimelineDescription{};
    m_annotations = SampleAnnotations{};
    m_imageRequests.advance();
    m_shownFrame = -1;
    m_stack->setCurrentWidget(m_placeholder);
    m_play->setEnabled(false);
    m_playSelection->setEnabled(false);
    m_lanes->setEnabled(false);
    m_time->clear();
}

void TimelinePanel::showSample(const SampleDetails& details)
{
    clear();
    m_description = TimelineDescription::fromDetails(details);
    m_annotations = details.annotations;
    if (m_description.isEmpty() && m_description.imagePath.isEmpty()) {
        m_placeholder->setText(
            tr("%1 has no audio, text or timed streams to show on a timeline.").arg(m_description.sampleId));
        m_stack->setCurrentWidget(m_placeholder);
        QMetaObject::invokeMethod(this, &TimelinePanel::loaded, Qt::QueuedConnection);
        return;
    }
    m_stack->setCurrentWidget(m_splitter);
    // The loader first: it knows the dataset folder the lanes' paths are resolved in. Its results arrive
    // queued, after the lanes exist.
    m_loader->load(m_description);
    buildLanes();
    applyLayout();
    const QString audio = m_loader->absolutePath(m_description.audioPath);
    m_player->load(audio, m_description.audioClock);
    m_play->setEnabled(!audio.isEmpty());
    m_lanes->setEnabled(true);
    updateExtent(true);
    m_image->setPlaceholder(QString());
    // The picture beside the lanes: frames follow the playhead; a plain sample shows its image.
    bool hasFrames = false;
    for (const TimelineLaneSpec& lane : m_description.lanes)
        hasFrames = hasFrames || (lane.kind == TimelineLaneKind::Frames && !lane.frames.empty());
    m_image->setVisible(hasFrames || !m_description.imagePath.isEmpty());
    if (!m_description.imagePath.isEmpty())
        loadSampleImage();
    onPlayheadMoved();
}

void TimelinePanel::buildLanes()
{
    std::vector<std::unique_ptr<TimelineLane>> lanes;
    for (const TimelineLaneSpec& spec : m_description.lanes) {
        switch (spec.kind) {
        case TimelineLaneKind::Frames: {
            auto lane = std::make_unique<TimelineFramesLane>(spec);
            if (spec.video) {
                std::vector<Micros> times;
                times.reserve(spec.frames.size());
                for (const Frame& f : spec.frames)
                    times.push_back(f.time - spec.start);
                lane->thumbnails()->setVideo(m_loader->absolutePath(spec.sourcePath), std::move(times),
                                             lane->height() - 8);
            } else {
                QStringList paths;
                paths.reserve(static_cast<qsizetype>(spec.frames.size()));
                for (const Frame& f : spec.frames)
                    paths << m_loader->absolutePath(f.path);
                lane->thumbnails()->setFrames(paths, lane->height() - 8);
            }
            connect(lane->thumbnails(), &TimelineThumbnails::thumbnailReady, m_canvas, qOverload<>(&QWidget::update));
            connect(lane->thumbnails(), &TimelineThumbnails::frameReady, this, [this](int index, const QImage& image) {
                const TimelineFramesLane* frames = nullptr;
                for (int i = 0; i < m_canvas->laneCount() && !frames; ++i)
                    frames = dynamic_cast<const TimelineFramesLane*>(m_canvas->lane(i));
                if (!frames)
                    return;
                const Frame& f = frames->spec().frames.at(static_cast<std::size_t>(index));
                // Short enough for a narrow pane; the file is in the tooltip.
                m_image->setImage(image,
                                  tr("frame %1 of %2 \u00b7 %3")
                                      .arg(index + 1)
                                      .arg(frames->spec().frames.size())
                                      .arg(TimelineRuler::readout(frames->spec().clock.toReference(f.time), 1000.0)));
                m_image->setToolTip(frames->spec().video ? frames->spec().sourcePath : f.path);
            });
            lanes.push_back(std::move(lane));
            break;
        }
        case TimelineLaneKind::Segments: lanes.push_back(std::make_unique<TimelineSegmentsLane>(spec)); break;
        case TimelineLaneKind::Waveform: lanes.push_back(std::make_unique<TimelineWaveformLane>(spec)); break;
        case TimelineLaneKind::Spectrogram: {
            auto lane = std::make_unique<TimelineSpectrogramLane>(spec);
            connect(lane->tiles(), &TimelineSpectrogramTiles::tileReady, m_canvas, qOverload<>(&QWidget::update));
            lanes.push_back(std::move(lane));
            break;
        }
        case TimelineLaneKind::Sensor: lanes.push_back(std::make_unique<TimelineSensorLane>(spec)); break;
        case TimelineLaneKind::Regions: break;  // added below, whatever the description says
        }
    }
    // Regions go under the words (or the pictures): high enough to stay in view on a tall recording.
    if (!lanes.empty()) {
        std::size_t at = 0;
        for (std::size_t i = 0; i < lanes.size(); ++i)
            if (lanes[i]->kind() == TimelineLaneKind::Segments || lanes[i]->kind() == TimelineLaneKind::Frames)
                at = i + 1;
        auto regions = std::make_unique<TimelineRegionsLane>();
        regions->setAddRegionKey(m_addRegionKey);
        lanes.insert(lanes.begin() + static_cast<std::ptrdiff_t>(at), std::move(regions));
    }
    m_canvas->setLanes(std::move(lanes));
    setAnnotations(m_annotations);
}

void TimelinePanel::updateExtent(bool refit)
{
    m_canvas->setExtent(m_description.extentStart(), m_description.extentEnd(), refit);
    updateTimeLabel();
}

void TimelinePanel::onAudioProbed(const QString& path)
{
    const AudioInfo info = m_loader->audioInfo(path);
    m_description.setSourceDuration(path, info.duration);
    const QString absolute = m_loader->absolutePath(path);
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        TimelineLane* lane = m_canvas->lane(i);
        if (lane->spec().sourcePath == path && lane->spec().duration.count() == 0)
            lane->spec().duration = info.duration;
        if (auto* spec = dynamic_cast<TimelineSpectrogramLane*>(lane); spec && lane->spec().sourcePath == path)
            spec->tiles()->setSource(absolute, info.sampleRate, info.frames);
        if (lane->spec().caption) {
            const int index = m_description.laneIndex(lane->key());
            if (index >= 0)
                lane->spec().segments = m_description.lanes[static_cast<std::size_t>(index)].segments;
            if (auto* segments = dynamic_cast<TimelineSegmentsLane*>(lane))
                segments->refresh();
        }
    }
    updateExtent(m_canvas->mapping().isFit());
}

void TimelinePanel::onWaveformReady(const QString& path)
{
    for (int i = 0; i < m_canvas->laneCount(); ++i)
        if (auto* wave = dynamic_cast<TimelineWaveformLane*>(m_canvas->lane(i));
            wave && wave->spec().sourcePath == path)
            wave->setSummary(m_loader->waveform(path));
    m_canvas->update();
}

void TimelinePanel::onSensorReady(const QString& path)
{
    for (int i = 0; i < m_canvas->laneCount(); ++i)
        if (auto* sensor = dynamic_cast<TimelineSensorLane*>(m_canvas->lane(i));
            sensor && sensor->spec().sourcePath == path)
            sensor->setSeries(m_loader->sensor(path));
    m_canvas->update();
}

void TimelinePanel::onCaptionReady(const QString& text)
{
    m_description.setCaptionText(text);
    for (int i = 0; i < m_canvas->laneCount(); ++i)
        TimelineTextEdits::setCaption(m_canvas->lane(i)->spec(), text, m_annotations);
    m_canvas->update();
}

void TimelinePanel::setAnnotations(const SampleAnnotations& annotations)
{
    m_annotations = annotations;
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        TimelineLane* lane = m_canvas->lane(i);
        TimelineTextEdits::apply(lane->spec(), annotations);
        if (auto* regions = dynamic_cast<TimelineRegionsLane*>(lane))
            regions->setRegions(annotations.regions);
    }
    m_canvas->update();
}

void TimelinePanel::setAddRegionKey(const QString& key)
{
    m_addRegionKey = key;
    if (TimelineRegionsLane* regions = regionsLane()) {
        regions->setAddRegionKey(key);
        m_canvas->update();
    }
}

TimelineRegionsLane* TimelinePanel::regionsLane() const
{
    for (int i = 0; i < m_canvas->laneCount(); ++i)
        if (auto* regions = dynamic_cast<TimelineRegionsLane*>(m_canvas->lane(i)))
            return regions;
    return nullptr;
}

void TimelinePanel::onSourceFailed(const QString& path, const QString& error)
{
    // The loader passes the engine's English; the lane says it in the user's language.
    const QString message = tr("Cannot read %1: %2").arg(path, EngineMessageText::message(error));
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        TimelineLane* lane = m_canvas->lane(i);
        if (lane->spec().sourcePath != path)
            continue;
        if (auto* wave = dynamic_cast<TimelineWaveformLane*>(lane))
            wave->setError(message);
        else if (auto* spec = dynamic_cast<TimelineSpectrogramLane*>(lane))
            spec->setError(message);
        else if (auto* sensor = dynamic_cast<TimelineSensorLane*>(lane))
            sensor->setError(message);
    }
    m_canvas->update();
}

void TimelinePanel::syncScrollBars()
{
    m_syncing = true;
    const TimelineMapping& m = m_canvas->mapping();
    const double span = static_cast<double>(m.extentDuration().count() - m.visibleDuration().count());
    m_hbar->setRange(0, static_cast<int>(std::max(0.0, span) / kScrollUnit));
    m_hbar->setPageStep(static_cast<int>(static_cast<double>(m.visibleDuration().count()) / kScrollUnit));
    m_hbar->setSingleStep(std::max(1, m_hbar->pageStep() / 10));
    m_hbar->setValue(static_cast<int>(static_cast<double>((m.visibleStart() - m.extentStart()).count()) / kScrollUnit));
    const int available = m_canvas->height() - TimelineCanvas::kRulerHeight;
    m_vbar->setRange(0, std::max(0, m_canvas->contentHeight() - available));
    m_vbar->setPageStep(std::max(1, available));
    m_vbar->setValue(m_canvas->verticalOffset());
    m_vbar->setVisible(m_vbar->maximum() > 0);
    m_syncing = false;
}

void TimelinePanel::updateTimeLabel()
{
    const TimelineMapping& m = m_canvas->mapping();
    m_time->setText(TimelineRuler::readout(m_canvas->playhead(), 1000.0) + QStringLiteral(" / ") +
                    TimelineRuler::readout(m.extentEnd(), 1000.0));
}

void TimelinePanel::onPlayheadMoved()
{
    updateTimeLabel();
    // The frame under the playhead, large, beside the lanes.
    for (int i = 0; i < m_canvas->laneCount(); ++i) {
        auto* frames = dynamic_cast<TimelineFramesLane*>(m_canvas->lane(i));
        if (!frames || frames->spec().frames.empty())
            continue;
        const int index = std::max(0, frames->frameAt(m_canvas->playhead()));
        if (index != m_shownFrame) {
            m_shownFrame = index;
            // Decoded at a size that looks sharp in any reasonable pane; the pane scales it down.
            frames->thumbnails()->requestLarge(index, QSize(960, 720));
        }
        return;
    }
}

void TimelinePanel::loadSampleImage()
{
    const QString path = m_loader->absolutePath(m_description.imagePath);
    if (path.isEmpty())
        return;
    const RequestGeneration::Ticket ticket = m_imageRequests.ticket();
    const QSize bound(960, 720);
    const QString name = m_description.imagePath;
    const QFuture<QImage> future = QtConcurrent::run(m_imagePool, [path, bound, ticket] {
        if (ticket.isStale())
            return QImage();
        QImageReader reader(path);
        reader.setAllocationLimit(256);
        reader.setAutoTransform(true);
        if (reader.size().isValid())
            reader.setScaledSize(reader.size().scaled(bound, Qt::KeepAspectRatio).boundedTo(reader.size()));
        return reader.read();
    });
    continueQueued(future, this, ticket, [this, name](const QImage& image) {
        if (image.isNull())
            m_image->setPlaceholder(tr("The image %1 could not be read.").arg(name));
        else
            m_image->setImage(image, QFileInfo(name).fileName());
    });
}

}  // namespace lockstep

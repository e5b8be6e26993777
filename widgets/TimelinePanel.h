#pragma once

#include "RequestGeneration.h"
#include "SampleDetails.h"
#include "TimelineDescription.h"
#include "TimelineLaneLayouts.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QScrollBar;
class QSplitter;
class QStackedWidget;
class QThreadPool;
class QToolButton;

namespace lockstep {

class TimelineCanvas;
class TimelineImagePane;
class TimelineLoader;
class TimelinePlayer;
class TimelineRegionsLane;

// The sample inspector's timeline: every stream of the selected sample on one axis (TimelineCanvas), with
// a toolbar (play, play selection, time, lanes, zoom), scroll bars, and the picture beside it (the frame
// under the playhead, or a plain sample's image). Recordings and plain image + caption + audio samples use
// the same view. Heavy content loads in the background (TimelineLoader); playback is TimelinePlayer.
class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);
    ~TimelinePanel() override;

    void showSample(const SampleDetails& details);
    void clear();
    // The shown sample's annotations changed: fixed texts and the regions lane follow, nothing reloads.
    void setAnnotations(const SampleAnnotations& annotations);
    const SampleAnnotations& annotations() const { return m_annotations; }
    TimelineRegionsLane* regionsLane() const;
    // The key of "Add Region from Selection" (the app's command), for the empty regions lane's hint.
    void setAddRegionKey(const QString& key);

    TimelineCanvas* canvas() const { return m_canvas; }
    TimelinePlayer* player() const { return m_player; }
    TimelineLoader* loader() const { return m_loader; }
    TimelineImagePane* imagePane() const { return m_image; }
    const TimelineDescription& description() const { return m_description; }
    QScrollBar* horizontalBar() const { return m_hbar; }
    QString sampleId() const { return m_description.sampleId; }
    // True while lanes still wait for their content (audio, sensors, caption).
    bool isLoading() const;
    // Loading, or thumbnails and spectrogram tiles still being computed for what is on screen.
    bool isBusy() const;

signals:
    // Every lane of the shown sample has its content (spectrogram tiles keep coming as they are needed).
    void loaded();

private:
    void buildLanes();
    // Lane heights, visibility and order carry over from sample to sample (by lane key) and to the next
    // session: a reviewer who hid the spectrogram does not want it back on the next recording.
    void rememberLayout();
    void applyLayout();
    void onAudioProbed(const QString& path);
    void onWaveformReady(const QString& path);
    void onSensorReady(const QString& path);
    void onCaptionReady(const QString& text);
    void onSourceFailed(const QString& path, const QString& error);
    void updateExtent(bool refit);
    void syncScrollBars();
    void onPlayheadMoved();
    void updateTimeLabel();
    void loadSampleImage();

    TimelineDescription m_description;
    SampleAnnotations m_annotations;
    TimelineLoader* m_loader = nullptr;
    TimelinePlayer* m_player = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    TimelineCanvas* m_canvas = nullptr;
    TimelineImagePane* m_image = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollBar* m_hbar = nullptr;
    QScrollBar* m_vbar = nullptr;
    QString m_addRegionKey;
    QToolButton* m_play = nullptr;
    QToolButton* m_playSelection = nullptr;
    QToolButton* m_lanes = nullptr;
    QLabel* m_time = nullptr;
    QThreadPool* m_imagePool = nullptr;
    RequestGeneration m_imageRequests;
    int m_shownFrame = -1;
    bool m_syncing = false;
    TimelineLaneLayouts m_layouts;
};

}  // namespace lockstep

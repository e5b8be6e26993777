#pragma once

#include "RequestGeneration.h"
#include "SampleDetails.h"
#include "SampleMedia.h"

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QThreadPool;
class QTreeWidget;
class QVBoxLayout;

namespace lockstep {

class CaptionEditControls;
class SampleAnnotationsEditor;

// Everything about the selected sample: image preview, text, audio facts, video, timed streams, attributes
// and diagnostics. Media are read on a worker thread (SampleMediaLoader); a newer selection makes older
// loads stale. Missing files are shown in red with their path.
class SampleDetailsPane final : public QWidget {
    Q_OBJECT
public:
    explicit SampleDetailsPane(QWidget* parent = nullptr);
    ~SampleDetailsPane() override;

    void showSample(const SampleDetails& details);
    void clear();
    // The shown sample's tags, note, caption fix or regions changed: shown without reloading anything.
    void setAnnotations(const SampleAnnotations& annotations);
    // The keys of the window's next / previous issue commands, named by the issue rows' tooltips ("" = none).
    void setIssueJumpKeys(const QString& next, const QString& previous);
    QString issueJumpTip() const;
    SampleAnnotationsEditor* annotationsEditor() const { return m_annotationsEditor; }
    CaptionEditControls* captionControls() const { return m_captionControls; }

    // The largest image size decoded for the preview.
    static QSize previewDecodeSize() { return {960, 720}; }

    // What is shown (for tests, and for "copy" actions later).
    QString sampleId() const { return m_details ? m_details->sample.id : QString(); }
    bool isLoading() const { return m_loading; }
    QString imageInfoText() const;
    QSize imagePreviewSize() const { return m_preview.size(); }
    QString textContent() const;
    QString textWarningText() const;
    QString audioInfoText() const;
    QStringList missingMessages() const { return m_missingMessages; }
    QStringList diagnosticLines() const { return m_diagnosticLines; }
    QStringList issueLines() const { return m_issueLines; }
    // The shown sample's issue types, in the order shown, each once.
    QStringList issueTypes() const;
    // The issue type the user picked in the Issues section (clicking its name), or "". It stays picked while
    // the samples shown have it (what "next issue of this type" follows).
    QString selectedIssueType() const { return m_selectedIssueType; }
    void selectIssueType(const QString& type);
    int streamRowCount() const;
    // The pool media are decoded on (one thread; owned by the pane).
    QThreadPool* threadPool() const { return m_pool; }

signals:
    // The media of the shown sample are loaded and displayed.
    void mediaLoaded();
    void issueTypeSelected(const QString& type);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* makeSection(const QString& title, QVBoxLayout* into, QWidget** body);
    QLabel* makeValueLabel() const;
    QLabel* makeMissingLabel() const;
    void showHeader(const SampleDetails& details);
    void showStreams(const Sample& sample);
    void showAttributes(const Sample& sample);
    void showDiagnostics(const Diagnostics& diagnostics);
    void showIssues(const SampleDetails& details);
    QLabel* addMessageRow(QVBoxLayout* list, Diagnostic::Severity severity);
    void applyMedia(const SampleMedia& media);
    void setFileLine(QLabel* pathLabel, QLabel* missingLabel, const SampleMedia::File& file);
    void updatePreviewPixmap();
    void updateTextHeight();

    QThreadPool* m_pool = nullptr;
    std::unique_ptr<SampleDetails> m_details;
    RequestGeneration m_loads;  // a newer sample makes the media on their way stale
    bool m_loading = false;
    QImage m_preview;
    QStringList m_missingMessages;
    QStringList m_diagnosticLines;
    QStringList m_issueLines;
    QString m_selectedIssueType;

    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;

    QLabel* m_idLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;

    QWidget* m_imageSection = nullptr;
    QLabel* m_imageLabel = nullptr;
    QLabel* m_imageInfo = nullptr;
    QLabel* m_imagePath = nullptr;
    QLabel* m_imageMissing = nullptr;

    QWidget* m_textSection = nullptr;
    QLabel* m_textPath = nullptr;
    QLabel* m_textMissing = nullptr;
    QLabel* m_textWarning = nullptr;
    QPlainTextEdit* m_text = nullptr;
    CaptionEditControls* m_captionControls = nullptr;
    SampleAnnotationsEditor* m_annotationsEditor = nullptr;

    QWidget* m_audioSection = nullptr;
    QLabel* m_audioPath = nullptr;
    QLabel* m_audioMissing = nullptr;
    QLabel* m_audioDuration = nullptr;
    QLabel* m_audioRate = nullptr;
    QLabel* m_audioChannels = nullptr;
    QLabel* m_audioFormat = nullptr;
    QWidget* m_audioFacts = nullptr;

    QWidget* m_videoSection = nullptr;
    QLabel* m_videoPath = nullptr;
    QLabel* m_videoMissing = nullptr;

    QWidget* m_streamsSection = nullptr;
    QTreeWidget* m_streams = nullptr;

    QWidget* m_attributesSection = nullptr;
    QFormLayout* m_attributes = nullptr;

    QWidget* m_diagnosticsSection = nullptr;
    QWidget* m_issuesSection = nullptr;
    QVBoxLayout* m_issues = nullptr;
    QVBoxLayout* m_diagnostics = nullptr;
    QString m_nextIssueKey;
    QString m_previousIssueKey;
};

}  // namespace lockstep

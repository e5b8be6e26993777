#pragma once

#include "RequestGeneration.h"
#include "SampleDetails.h"
#include "store/ReviewRepository.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QScrollArea;
class QStackedWidget;
class QTreeView;

namespace lockstep {

class DuplicateGroupsModel;
class DuplicateMemberCard;

// The duplicate groups of the last scan: the list of groups on the left, the current group's members side by
// side on the right (DuplicateMemberCard), the suggested keeper marked and focused first. Keyboard first:
//   J / K or Down / Up     next / previous group       H / L or Left / Right   previous / next member
//   Enter                  keep this member, reject the rest (one undo step), then the next open group
//   A / R / F / U          accept / reject / needs fix / clear the focused member only
//   Space                  play or pause the focused member's audio
// The view decides nothing itself: it asks (keepRequested, decisionRequested) and the window's review
// session writes the project file; the model then tells the view the new statuses.
class DuplicateGroupsView final : public QWidget {
    Q_OBJECT
public:
    using DetailsProvider = std::function<std::optional<SampleDetails>(const QString& sampleId)>;
    static constexpr int kMaxCards = 24;  // a 10,000-member group shows its first cards and a count

    explicit DuplicateGroupsView(QWidget* parent = nullptr);
    ~DuplicateGroupsView() override;

    void setModel(DuplicateGroupsModel* model);
    DuplicateGroupsModel* model() const { return m_model; }
    void setDetailsProvider(DetailsProvider provider) { m_details = std::move(provider); }

    QTreeView* groupList() const { return m_list; }
    int currentGroup() const;
    void setCurrentGroup(int row);
    int focusedMember() const { return m_focus; }
    QString focusedSampleId() const;
    void setFocusedMember(int index);
    QList<DuplicateMemberCard*> cards() const { return m_cards; }
    // Media requests not yet back (tests wait for 0).
    int pendingMedia() const { return m_pending; }
    QList<QAction*> keyActions() const { return m_actions; }
    QAction* keepAllAction() const { return m_keepAll; }
    QString audioSource() const;  // what the player has loaded

    void keepFocused();
    void decideFocused(ReviewStatus status);
    void stepGroup(int delta);
    void togglePlayback();

signals:
    void keepRequested(const QString& keptId, const QStringList& members);
    void keepAllSuggestedRequested();
    void decisionRequested(const QString& sampleId, lockstep::ReviewStatus status);
    void sampleActivated(const QString& sampleId);
    void mediaLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString keyOf(const char* id) const;  // the first key of one of the view's commands, as people read it
    void updateKeyHints();
    void updateMoreText();
    QAction* addKeyAction(const char* id, const QString& text, const QList<QKeySequence>& keys,
                          std::function<void()> run);
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, bool perform);
    void showGroup(int row);
    void refreshCards();
    void layoutCards();
    void updateSummary();
    void playMember(const QString& sampleId);

    DuplicateGroupsModel* m_model = nullptr;
    DetailsProvider m_details;
    QTreeView* m_list = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_more = nullptr;
    QLabel* m_keysHint = nullptr;
    int m_hiddenMembers = 0;
    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_strip = nullptr;
    QList<DuplicateMemberCard*> m_cards;
    QList<QAction*> m_actions;
    QAction* m_keepAll = nullptr;
    int m_shownGroup = -1;
    int m_focus = -1;
    int m_pending = 0;
    RequestGeneration m_shown;  // a newer group makes the media on their way stale
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    QString m_playing;
};

}  // namespace lockstep

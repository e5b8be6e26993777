#include "DuplicateGroupsView.h"
#include "QueuedContinuation.h"

#include "DisplayNames.h"
#include "DuplicateGroupsModel.h"
#include "DuplicateMemberCard.h"
#include "IssueMessageText.h"
#include "SampleMediaLoader.h"
#include "ShortcutHint.h"

#include <QAction>
#include <QAudioOutput>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

DuplicateGroupsView::DuplicateGroupsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("duplicateGroupsView"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    // Left: the groups.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("duplicateSummary"));
    top->addWidget(m_summary, 1);
    m_keepAll = new QAction(tr("Keep Every Suggested Keeper"), this);
    m_keepAll->setObjectName(QStringLiteral("duplicates.keepAllSuggested"));  // keyless, but the user may give it one
    m_keepAll->setStatusTip(
        tr("In every group not yet reviewed, accept the suggested keeper and reject the rest "
           "(one undo step)"));
    connect(m_keepAll, &QAction::triggered, this, &DuplicateGroupsView::keepAllSuggestedRequested);
    auto* keepAll = new QToolButton(left);
    keepAll->setObjectName(QStringLiteral("keepAllSuggested"));
    keepAll->setDefaultAction(m_keepAll);
    keepAll->setFocusPolicy(Qt::NoFocus);
    top->addWidget(keepAll);
    leftLayout->addLayout(top);
    m_list = new QTreeView(left);
    m_list->setObjectName(QStringLiteral("duplicateGroupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAllColumnsShowFocus(true);
    m_list->installEventFilter(this);
    leftLayout->addWidget(m_list, 1);
    auto* hint = new QLabel(left);  // the keys, as the user has them: updateKeyHints()
    m_keysHint = hint;
    hint->setObjectName(QStringLiteral("duplicateKeysHint"));
    hint->setEnabled(false);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    left->setMinimumWidth(320);

    // Right: the current group's members side by side.
    m_pages = new QStackedWidget(splitter);
    m_empty = new QLabel(tr("No duplicate groups.\nDataset \u25b8 Scan Quality finds exact and near duplicates of "
                            "images, audio and texts."),
                         m_pages);
    m_empty->setObjectName(QStringLiteral("duplicatesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_pages->addWidget(m_empty);
    auto* group = new QWidget(m_pages);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(8, 6, 6, 6);
    groupLayout->setSpacing(4);
    m_title = new QLabel(group);
    m_title->setObjectName(QStringLiteral("duplicateGroupTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    groupLayout->addWidget(m_title);
    m_reason = new QLabel(group);
    m_reason->setObjectName(QStringLiteral("duplicateGroupReason"));
    m_reason->setWordWrap(true);
    groupLayout->addWidget(m_reason);
    m_scroll = new QScrollArea(group);
    m_scroll->setObjectName(QStringLiteral("duplicateMembers"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->installEventFilter(this);
    m_strip = new QWidget(m_scroll);
    auto* stripLayout = new QHBoxLayout(m_strip);
    stripLayout->setContentsMargins(0, 4, 0, 4);
    stripLayout->setSpacing(10);
    stripLayout->addStretch(1);
    m_scroll->setWidget(m_strip);
    groupLayout->addWidget(m_scroll, 1);
    m_more = new QLabel(group);
    m_more->setVisible(false);
    groupLayout->addWidget(m_more);
    m_pages->addWidget(group);

    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({420, 1000});
    setFocusProxy(m_list);

    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        for (DuplicateMemberCard* card : std::as_const(m_cards))
            card->setPlaying(state == QMediaPlayer::PlayingState && card->sampleId() == m_playing);
    });

    // The keys, as actions so that Help > Keyboard Shortcuts lists them. They only fire through the event filter
    // (the list has the focus): a window-wide J would otherwise be ambiguous with the table's J.
    addKeyAction("duplicates.nextGroup", tr("Next Duplicate Group"),
                 {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)}, [this] { stepGroup(1); });
    addKeyAction("duplicates.previousGroup", tr("Previous Duplicate Group"),
                 {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)}, [this] { stepGroup(-1); });
    addKeyAction("duplicates.nextMember", tr("Next Group Member"),
                 {QKeySequence(Qt::Key_L), QKeySequence(Qt::Key_Right)}, [this] { setFocusedMember(m_focus + 1); });
    addKeyAction("duplicates.previousMember", tr("Previous Group Member"),
                 {QKeySequence(Qt::Key_H), QKeySequence(Qt::Key_Left)}, [this] { setFocusedMember(m_focus - 1); });
    addKeyAction("duplicates.keep", tr("Keep This, Reject the Rest"),
                 {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this] { keepFocused(); });
    addKeyAction("duplicates.accept", tr("Accept Group Member"), {QKeySequence(Qt::Key_A)},
                 [this] { decideFocused(ReviewStatus::Accepted); });
    addKeyAction("duplicates.reject", tr("Reject Group Member"), {QKeySequence(Qt::Key_R)},
                 [this] { decideFocused(ReviewStatus::Rejected); });
    addKeyAction("duplicates.needsFix", tr("Group Member Needs Fix"), {QKeySequence(Qt::Key_F)},
                 [this] { decideFocused(ReviewStatus::NeedsFix); });
    addKeyAction("duplicates.clear", tr("Clear Group Member Decision"), {QKeySequence(Qt::Key_U)},
                 [this] { decideFocused(ReviewStatus::Unreviewed); });
    addKeyAction("duplicates.play", tr("Play Group Member Audio"), {QKeySequence(Qt::Key_Space)},
                 [this] { togglePlayback(); });
    ShortcutHint::follow(this, m_actions, [this] { updateKeyHints(); });
    updateSummary();
}

DuplicateGroupsView::~DuplicateGroupsView() = default;

QString DuplicateGroupsView::keyOf(const char* id) const
{
    for (const QAction* action : m_actions)
        if (action->objectName() == QLatin1String(id))
            return ShortcutHint::key(action);
    return {};
}

void DuplicateGroupsView::updateKeyHints()
{
    const auto keys = [this](std::initializer_list<const char*> ids) {
        QStringList out;
        for (const char* id : ids)
            if (const QString key = keyOf(id); !key.isEmpty())
                out << key;
        return out.join(QStringLiteral(" / "));
    };
    QString keepHint;
    if (const QString keep = keyOf("duplicates.keep"); !keep.isEmpty())
        keepHint = tr("%1 keeps the highlighted sample and rejects the rest (one undo step).").arg(keep);
    QStringList keyed;
    if (const QString member = keys({"duplicates.previousMember", "duplicates.nextMember"}); !member.isEmpty())
        keyed << tr("%1: member").arg(member);
    if (const QString group = keys({"duplicates.nextGroup", "duplicates.previousGroup"}); !group.isEmpty())
        keyed << tr("%1: group").arg(group);
    if (const QString decide =
            keys({"duplicates.accept", "duplicates.reject", "duplicates.needsFix", "duplicates.clear"});
        !decide.isEmpty())
        keyed << tr("%1: decide one member").arg(decide);
    if (const QString play = keyOf("duplicates.play"); !play.isEmpty())
        keyed << tr("%1: play its audio").arg(play);
    // The list, its end and the space between the two sentences are the language's (Chinese: "，" "。" and none).
    const QString keyHints = keyed.isEmpty() ? QString()
                                             : tr("%1.", "the key hints after the keep hint, as one sentence")
                                                   .arg(keyed.join(tr(", ", "between two key hints")));
    m_keysHint->setText(keepHint.isEmpty() ? keyHints
                        : keyHints.isEmpty()
                            ? keepHint
                            : tr("%1 %2", "the keep hint, then the other key hints").arg(keepHint, keyHints));
    for (DuplicateMemberCard* card : std::as_const(m_cards))
        card->setPlayKey(keyOf("duplicates.play"));
    updateMoreText();
}

void DuplicateGroupsView::updateMoreText()
{
    const QString keep = keyOf("duplicates.keep");
    m_more->setText(keep.isEmpty() ? tr("\u2026 and %Ln more sample(s) in this group.", nullptr, m_hiddenMembers)
                                   : tr("\u2026 and %Ln more sample(s) in this group; %1 decides all of them.", nullptr,
                                        m_hiddenMembers)
                                         .arg(keep));
}

QAction* DuplicateGroupsView::addKeyAction(const char* id, const QString& text, const QList<QKeySequence>& keys,
                                           std::function<void()> run)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(id));  // the shortcut registry's id (the keys are rebindable)
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);  // never the focus widget itself: see the event filter
    connect(action, &QAction::triggered, this, std::move(run));
    addAction(action);
    m_actions << action;
    return action;
}

void DuplicateGroupsView::setModel(DuplicateGroupsModel* model)
{
    m_model = model;
    m_list->setModel(model);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(true);
    // Each column as wide as its title or its widest usual value, the reason gets the rest.
    const QFontMetrics fm(header->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(fm.horizontalAdvance(title), fm.horizontalAdvance(sample)) + pad);
    };
    fit(DuplicateGroupsModel::KindColumn, DuplicateGroupsModel::kindName(QStringLiteral("exact")));
    fit(DuplicateGroupsModel::ModalityColumn, QStringLiteral("image"));
    fit(DuplicateGroupsModel::SizeColumn, QStringLiteral("999"));
    fit(DuplicateGroupsModel::ReviewedColumn, tr("%1 of %2").arg(99).arg(99));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showGroup(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int previous = m_shownGroup;
        m_shownGroup = -1;
        updateSummary();
        if (m_model->rowCount() == 0) {
            showGroup(-1);
            return;
        }
        setCurrentGroup(qBound(0, previous, m_model->rowCount() - 1));
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        updateSummary();
        if (m_shownGroup >= from.row() && m_shownGroup <= to.row())
            refreshCards();
    });
    showGroup(-1);
}

int DuplicateGroupsView::currentGroup() const
{
    return m_shownGroup;
}

void DuplicateGroupsView::setCurrentGroup(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    if (m_shownGroup != row)
        showGroup(row);
}

QString DuplicateGroupsView::focusedSampleId() const
{
    return m_focus >= 0 && m_focus < m_cards.size() ? m_cards.at(m_focus)->sampleId() : QString();
}

void DuplicateGroupsView::setFocusedMember(int index)
{
    if (m_cards.isEmpty())
        return;
    m_focus = qBound(0, index, int(m_cards.size()) - 1);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setFocusedMember(i == m_focus);
    m_scroll->ensureWidgetVisible(m_cards.at(m_focus), 20, 0);
}

void DuplicateGroupsView::stepGroup(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    setCurrentGroup(qBound(0, (m_shownGroup < 0 ? 0 : m_shownGroup + delta), m_model->rowCount() - 1));
}

void DuplicateGroupsView::keepFocused()
{
    const QString kept = focusedSampleId();
    if (kept.isEmpty() || !m_model)
        return;
    const int row = m_shownGroup;
    emit keepRequested(kept, m_model->memberIds(row));
    // On to the next group that still needs a decision (like A / R move on in the table).
    const int next = m_model->nextUnreviewed(row + 1);
    if (next >= 0 && next != row)
        setCurrentGroup(next);
}

void DuplicateGroupsView::decideFocused(ReviewStatus status)
{
    const QString id = focusedSampleId();
    if (!id.isEmpty())
        emit decisionRequested(id, status);
}

void DuplicateGroupsView::togglePlayback()
{
    playMember(focusedSampleId());
}

QString DuplicateGroupsView::audioSource() const
{
    return m_player->source().toLocalFile();
}

void DuplicateGroupsView::playMember(const QString& sampleId)
{
    DuplicateMemberCard* card = nullptr;
    for (DuplicateMemberCard* c : std::as_const(m_cards))
        if (c->sampleId() == sampleId)
            card = c;
    if (!card || card->audioPath().isEmpty())
        return;
    if (m_playing == sampleId && m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (m_playing != sampleId) {
        m_playing = sampleId;
        m_player->setSource(QUrl::fromLocalFile(card->audioPath()));
    }
    m_player->play();
}

void DuplicateGroupsView::showGroup(int row)
{
    m_shown.advance();
    m_player->stop();
    m_playing.clear();
    for (DuplicateMemberCard* card : std::as_const(m_cards))
        card->deleteLater();
    m_cards.clear();
    m_focus = -1;
    m_pending = 0;
    m_shownGroup = row;
    const DuplicateGroupsModel::Group* g = m_model ? m_model->group(row) : nullptr;
    if (!g) {
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentIndex(1);
    const std::optional<Modality> modality = modalityFromName(g->modality);
    const QString modalityText = modality ? DisplayNames::modality(*modality) : g->modality;
    m_title->setText(tr("%1 %2 duplicates  \u00b7  %Ln sample(s)", nullptr, int(g->members.size()))
                         .arg(DuplicateGroupsModel::kindName(g->kind), modalityText.toLower()));
    m_reason->setText(tr("Why: %1").arg(IssueMessageText::duplicateReason(g->reason)));

    auto* strip = static_cast<QHBoxLayout*>(m_strip->layout());
    const int shown = qMin(int(g->members.size()), kMaxCards);
    const QSize preview = DuplicateMemberCard::previewSize() * devicePixelRatioF();
    int keeperIndex = 0;
    for (int i = 0; i < shown; ++i) {
        const DuplicateGroupsModel::Member& member = g->members[std::size_t(i)];
        auto* card = new DuplicateMemberCard(member.id, member.id == g->keeper, m_strip);
        card->setDistance(g->kind, member.distance);
        card->setStatus(member.status);
        card->setPlayKey(keyOf("duplicates.play"));
        if (member.id == g->keeper)
            keeperIndex = i;
        strip->insertWidget(i, card);
        m_cards << card;
        connect(card, &DuplicateMemberCard::clicked, this, [this, card] {
            setFocusedMember(int(m_cards.indexOf(card)));
            m_list->setFocus(Qt::MouseFocusReason);
        });
        connect(card, &DuplicateMemberCard::activated, this, &DuplicateGroupsView::sampleActivated);
        connect(card, &DuplicateMemberCard::playRequested, this, &DuplicateGroupsView::playMember);

        std::optional<SampleDetails> details = m_details ? m_details(member.id) : std::nullopt;
        if (!details)
            continue;
        ++m_pending;
        const QFuture<SampleMedia> future =
            QtConcurrent::run([d = std::move(*details), preview] { return SampleMediaLoader::load(d, preview); });
        // Stale when another group is shown: the card is gone.
        continueQueued(future, this, m_shown.ticket(), [this, card](const SampleMedia& media) {
            card->setMedia(media);
            layoutCards();  // a text-only card has no picture; the others keep theirs in line
            --m_pending;
            if (m_pending == 0)
                emit mediaLoaded();
        });
    }
    const int hidden = int(g->members.size()) - shown;
    m_hiddenMembers = hidden;
    updateMoreText();
    m_more->setVisible(hidden > 0);
    layoutCards();
    setFocusedMember(keeperIndex);
    m_scroll->horizontalScrollBar()->setValue(0);
    if (m_pending == 0)
        emit mediaLoaded();
}

void DuplicateGroupsView::layoutCards()
{
    // Pictures as tall as the dock allows. The height left for the cards counts the horizontal scroll bar
    // whether or not it shows, so that it appearing never shrinks the cards (which could hide it again).
    // One picture height for every card, so that they line up.
    const int available = m_scroll->height() - m_scroll->horizontalScrollBar()->sizeHint().height() - 30;
    int others = 0;
    for (DuplicateMemberCard* card : std::as_const(m_cards))
        others = qMax(others, card->heightWithoutPicture());
    for (DuplicateMemberCard* card : std::as_const(m_cards))
        card->setPictureHeight(available - others);
}

void DuplicateGroupsView::refreshCards()
{
    const DuplicateGroupsModel::Group* g = m_model ? m_model->group(m_shownGroup) : nullptr;
    if (!g)
        return;
    for (int i = 0; i < m_cards.size() && i < int(g->members.size()); ++i)
        m_cards.at(i)->setStatus(g->members[std::size_t(i)].status);
}

void DuplicateGroupsView::updateSummary()
{
    if (m_keepAll)
        m_keepAll->setEnabled(m_model && m_model->reviewedGroupCount() < m_model->rowCount());
    if (!m_model || m_model->rowCount() == 0) {
        m_summary->setText(tr("No duplicate groups"));
        return;
    }
    m_summary->setText(tr("%Ln group(s)", nullptr, m_model->rowCount()) + QStringLiteral("  \u00b7  ") +
                       tr("%1 reviewed").arg(m_model->reviewedGroupCount()));
}

bool DuplicateGroupsView::handleKey(int key, Qt::KeyboardModifiers modifiers, bool perform)
{
    // The whole combination must match: Ctrl+Z and friends stay the window's unless the user bound one here.
    const QKeyCombination pressed(modifiers & ~Qt::KeyboardModifiers(Qt::KeypadModifier), Qt::Key(key));
    for (QAction* action : std::as_const(m_actions)) {
        for (const QKeySequence& sequence : action->shortcuts()) {
            if (sequence.count() == 1 && sequence[0] == pressed) {
                if (perform)
                    action->trigger();
                return true;
            }
        }
    }
    return false;
}

bool DuplicateGroupsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll && event->type() == QEvent::Resize)
        layoutCards();
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool perform = event->type() == QEvent::KeyPress;
        if (handleKey(key->key(), key->modifiers(), perform)) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lockstep

#include "AnnotationActions.h"

#include "AnnotationSession.h"
#include "CaptionEditControls.h"
#include "LabelItemDelegate.h"
#include "LabelSetDialog.h"
#include "ReviewActions.h"
#include "SampleAnnotationsEditor.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "ShortcutHint.h"
#include "TagPrompt.h"
#include "TextPrompt.h"
#include "TimelineCanvas.h"
#include "TimelinePanel.h"
#include "TimelineRegionsLane.h"
#include "TimelineTextEdits.h"
#include "WorkspacePage.h"
#include "store/LabelRepository.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>
#include <QUndoView>

namespace lockstep {

AnnotationActions::AnnotationActions(ReviewActions* review, WorkspacePage* workspace, SampleTableModel* model,
                                     QMainWindow* window)
    : QObject(window), m_review(review), m_workspace(workspace), m_model(model), m_window(window)
{
    m_session = new AnnotationSession(review->undoStack(), this);

    for (int n = 1; n <= kLabelKeys; ++n) {
        QAction* action =
            makeAction(QStringLiteral("annotate.label%1").arg(n), QString(), QKeySequence(Qt::Key_0 + n), QString());
        connect(action, &QAction::triggered, this, [this, n] { assignLabel(n); });
        m_labelActions << action;
    }
    m_tag = makeAction(QStringLiteral("annotate.tag"), tr("&Tag\u2026"), QKeySequence(Qt::Key_T),
                       tr("Add a tag to the selected samples (-name removes it)"));
    connect(m_tag, &QAction::triggered, this, &AnnotationActions::promptTag);
    m_region =
        makeAction(QStringLiteral("annotate.region"), tr("Add &Region from Selection\u2026"), QKeySequence(Qt::Key_N),
                   tr("Label the timeline's selected time range (Shift+drag selects one)"));
    connect(m_region, &QAction::triggered, this, &AnnotationActions::askRegionLabel);
    ShortcutHint::follow(this, {m_region},
                         [this] { m_workspace->timeline()->setAddRegionKey(ShortcutHint::key(m_region)); });
    ShortcutHint::follow(
        this, {m_tag}, [this] { m_workspace->details()->annotationsEditor()->setAddTagKey(ShortcutHint::key(m_tag)); });
    m_labelSet = new QAction(tr("&Label Set\u2026"), this);
    m_labelSet->setObjectName(QStringLiteral("annotate.labelSet"));
    ShortcutHint::follow(m_labelSet, m_labelActions, [this] {
        const QString keys = ShortcutHint::keyRange(m_labelActions);
        m_labelSet->setStatusTip(keys.isEmpty() ? tr("Choose the labels, in the order the Label commands assign them")
                                                : tr("Choose the labels that keys %1 assign").arg(keys));
    });
    connect(m_labelSet, &QAction::triggered, this, &AnnotationActions::editLabelSet);

    // The undo history: every edit by name; clicking a row goes back (or forward) to it.
    m_historyView = new QUndoView(review->undoStack());
    m_historyView->setObjectName(QStringLiteral("undoHistory"));
    m_historyView->setEmptyLabel(tr("<opened project>"));
    m_historyDock = new QDockWidget(tr("History"), window);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction* history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setObjectName(QStringLiteral("edit.history"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("Show every edit of this session; click one to go back to it"));
    window->addAction(history);

    // The label column edits in place, with the label set to complete from.
    m_delegate = new LabelItemDelegate(this);
    workspace->table()->setItemDelegateForColumn(SampleTableModel::LabelColumn, m_delegate);
    connect(m_delegate, &LabelItemDelegate::labelCommitted, this, [this](const QModelIndex& index, const QString& l) {
        QStringList ids = selectedIds();
        const QString id = index.data(SampleTableModel::SampleIdRole).toString();
        if (!ids.contains(id))
            ids = {id};
        m_session->setLabel(ids, l);
    });

    // The details pane: tags, note, caption fix.
    SampleDetailsPane* details = workspace->details();
    connect(details->annotationsEditor(), &SampleAnnotationsEditor::addTagRequested, this,
            &AnnotationActions::promptTag);
    connect(details->annotationsEditor(), &SampleAnnotationsEditor::removeTagRequested, this,
            [this](const QString& tag) { m_session->removeTag({currentId()}, tag); });
    connect(details->annotationsEditor(), &SampleAnnotationsEditor::noteEdited, m_session, &AnnotationSession::setNote);
    connect(details->captionControls(), &CaptionEditControls::captionEdited, m_session, &AnnotationSession::setCaption);

    // The timeline: regions and segment texts.
    TimelineCanvas* canvas = workspace->timeline()->canvas();
    connect(canvas, &TimelineCanvas::regionRequested, this, &AnnotationActions::askRegionLabel);
    connect(canvas, &TimelineCanvas::regionRenameRequested, this, &AnnotationActions::renameRegion);
    connect(canvas, &TimelineCanvas::regionDeleteRequested, this,
            [this](const QString& key) { m_session->removeRegion(m_workspace->timeline()->sampleId(), key); });
    connect(canvas, &TimelineCanvas::segmentEditRequested, this, &AnnotationActions::editSegment);

    connect(m_session, &AnnotationSession::labelsChanged, this, [this](const QStringList& ids) {
        m_model->refreshRows();
        if (ids.contains(currentId()))
            emit detailsChanged();
    });
    connect(m_session, &AnnotationSession::annotationsChanged, this, &AnnotationActions::showAnnotationsOf);
    connect(m_session, &AnnotationSession::labelSetChanged, this, &AnnotationActions::updateLabelActions);
    connect(m_session, &AnnotationSession::writeFailed, this, &AnnotationActions::message);
    updateLabelActions();
}

AnnotationActions::~AnnotationActions() = default;

QAction* AnnotationActions::makeAction(const QString& id, const QString& text, const QKeySequence& key,
                                       const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(id);  // the shortcut registry's id
    action->setShortcut(key);
    action->setStatusTip(tip);
    m_window->addAction(action);  // wherever the focus is, but in text fields (they keep their keys)
    return action;
}

QAction* AnnotationActions::historyAction() const
{
    return m_historyDock->toggleViewAction();
}

void AnnotationActions::openProject(const QString& projectPath)
{
    QString error;
    if (!m_session->open(projectPath, &error))
        emit message(tr("Annotations cannot be saved: %1").arg(error));
    updateLabelActions();
}

void AnnotationActions::closeProject()
{
    m_session->close();
    updateLabelActions();
}

void AnnotationActions::updateLabelActions()
{
    const QStringList labels = m_session->labelSet();
    m_delegate->setLabels(labels);
    for (int i = 0; i < m_labelActions.size(); ++i) {
        QAction* action = m_labelActions[i];
        const bool set = i < labels.size();
        // "&" in a label is a character, not a mnemonic.
        action->setText(set ? tr("Label as %1").arg(QString(labels[i]).replace(QLatin1Char('&'), QLatin1String("&&")))
                            : tr("Label %1 (not in the label set)").arg(i + 1));
        action->setStatusTip(set ? tr("Give the selected samples the label %1 and go to the next one").arg(labels[i])
                                 : tr("Edit > Label Set adds labels for the number keys"));
        action->setEnabled(set && m_session->isOpen());
    }
    updateEnabled();
}

void AnnotationActions::updateEnabled()
{
    const bool open = m_session->isOpen();
    for (QAction* a : {m_tag, m_region, m_labelSet})
        a->setEnabled(open);
}

void AnnotationActions::addEditActions(QMenu* menu) const
{
    menu->addSeparator();
    menu->addAction(historyAction());
    menu->addAction(m_labelSet);
}

void AnnotationActions::addAnnotateActions(QMenu* menu) const
{
    for (QAction* a : m_labelActions)
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(m_tag);
    menu->addAction(m_region);
}

QString AnnotationActions::currentId() const
{
    const int row = m_workspace->table()->currentSampleRow();
    return row >= 0 ? m_model->index(row, 0).data(SampleTableModel::SampleIdRole).toString() : QString();
}

QStringList AnnotationActions::selectedIds() const
{
    QStringList ids;
    for (int row : m_workspace->table()->selectedSampleRows()) {
        const QString id = m_model->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void AnnotationActions::assignLabel(int n)
{
    const QStringList labels = m_session->labelSet();
    const QStringList ids = selectedIds();
    if (n < 1 || n > labels.size() || ids.isEmpty())
        return;
    const QList<int> rows = m_workspace->table()->selectedSampleRows();
    m_session->setLabel(ids, labels[n - 1]);
    // On to the sample after the last one labelled, as A and R do.
    m_workspace->table()->selectSampleRow(qMin(rows.last() + 1, m_model->rowCount() - 1));
}

void AnnotationActions::promptTag()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_session->isOpen())
        return;
    auto* prompt = new TagPrompt(m_session->knownTags(), int(ids.size()), m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, ids] {
        if (prompt->removes())
            m_session->removeTag(ids, prompt->tag());
        else
            m_session->addTag(ids, prompt->tag());
    });
    prompt->open();
}

void AnnotationActions::showAnnotationsOf(const QStringList& ids)
{
    const QString shown = m_workspace->details()->sampleId();
    if (!shown.isEmpty() && ids.contains(shown))
        m_workspace->details()->setAnnotations(m_session->annotations(shown));
    TimelinePanel* timeline = m_workspace->timeline();
    if (!timeline->sampleId().isEmpty() && ids.contains(timeline->sampleId()))
        timeline->setAnnotations(m_session->annotations(timeline->sampleId()));
}

QString AnnotationActions::addRegionFromSelection(const QString& label)
{
    TimelineCanvas* canvas = m_workspace->timeline()->canvas();
    const QString id = m_workspace->timeline()->sampleId();
    if (!canvas->hasSelection() || id.isEmpty())
        return {};
    const auto [start, end] = canvas->selection();
    const QString key = m_session->addRegion(id, label, start, end);
    if (!key.isEmpty()) {
        m_lastRegionLabel = label;
        canvas->clearSelection();
    }
    return key;
}

TextPrompt* AnnotationActions::prompt() const
{
    return m_prompt.data();
}

TextPrompt* AnnotationActions::openPrompt(const QString& title, const QString& question, const QString& text,
                                          bool multiLine)
{
    // One prompt at a time: a new request replaces an unanswered one.
    if (m_prompt)
        m_prompt->reject();
    auto* prompt =
        new TextPrompt(title, question, text, multiLine ? TextPrompt::Lines::Many : TextPrompt::Lines::One, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = prompt;
    return prompt;
}

void AnnotationActions::askRegionLabel()
{
    TimelineCanvas* canvas = m_workspace->timeline()->canvas();
    if (!canvas->hasSelection()) {
        const QString key = ShortcutHint::key(m_region);
        emit message(key.isEmpty()
                         ? tr("Select a time range on the timeline first (Shift+drag).")
                         : tr("Select a time range on the timeline first (Shift+drag), then press %1.").arg(key));
        return;
    }
    // The range and the sample as they are now: the prompt does not block, the user may move on meanwhile.
    const QString id = m_workspace->timeline()->sampleId();
    const auto [start, end] = canvas->selection();
    TextPrompt* prompt = openPrompt(tr("Add Region"), tr("Label of the selected range:"), m_lastRegionLabel, false);
    connect(prompt, &QDialog::accepted, this, [this, prompt, id, start, end] {
        const QString label = prompt->text().trimmed();
        if (label.isEmpty() || m_session->addRegion(id, label, start, end).isEmpty())
            return;
        m_lastRegionLabel = label;
        TimelineCanvas* shown = m_workspace->timeline()->canvas();
        if (m_workspace->timeline()->sampleId() == id && shown->hasSelection() &&
            shown->selection() == std::make_pair(start, end))
            shown->clearSelection();
    });
    prompt->present();
}

void AnnotationActions::renameRegion(const QString& key)
{
    TimelineRegionsLane* lane = m_workspace->timeline()->regionsLane();
    if (!lane)
        return;
    QString current;
    for (const TimeRegion& r : lane->regions())
        if (r.key == key)
            current = r.label;
    const QString id = m_workspace->timeline()->sampleId();
    TextPrompt* prompt = openPrompt(tr("Rename Region"), tr("Label:"), current, false);
    connect(prompt, &QDialog::accepted, this, [this, prompt, id, key, current] {
        const QString label = prompt->text().trimmed();
        if (!label.isEmpty() && label != current)
            m_session->renameRegion(id, key, label);
    });
    prompt->present();
}

void AnnotationActions::editSegment(int lane, int segment)
{
    TimelineCanvas* canvas = m_workspace->timeline()->canvas();
    if (lane < 0 || lane >= canvas->laneCount())
        return;
    const TimelineLaneSpec& spec = canvas->lane(lane)->spec();
    if (segment < 0 || segment >= static_cast<int>(spec.segments.size()))
        return;
    const Segment s = spec.segments[static_cast<std::size_t>(segment)];
    const QString original = TimelineTextEdits::originalText(spec, s);
    const bool caption = spec.caption;
    const QString stream = spec.streamName;
    const QString id = m_workspace->timeline()->sampleId();
    TextPrompt* prompt = openPrompt(tr("Edit Text"),
                                    TimelineTextEdits::isEdited(spec, s)
                                        ? tr("Fixed text (the dataset says: \u201c%1\u201d):").arg(original)
                                        : tr("Text:"),
                                    s.text, true);
    prompt->setAllowBlank(true);  // an empty segment is a fix too
    connect(prompt, &QDialog::accepted, this, [this, prompt, id, caption, stream, s, original] {
        const QString text = prompt->text();
        if (text == s.text)
            return;  // unchanged: no command
        const std::optional<QString> fix = text == original ? std::nullopt : std::optional<QString>(text);
        if (caption)
            m_session->setCaption(id, fix);
        else
            m_session->setSegmentText(id, stream, s.start, s.end, fix);
    });
    prompt->present();
}

void AnnotationActions::editLabelSet()
{
    if (!m_session->isOpen())
        return;
    auto* dialog = new LabelSetDialog(m_session->labelSet(), m_session->importedLabels(),
                                      ShortcutHint::keyRange(m_labelActions), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_session->setLabelSet(dialog->labels()); });
    dialog->open();
}

}  // namespace lockstep

#include "AnnotationSession.h"

#include "BusyCursor.h"
#include "EditTextCommand.h"
#include "SetLabelSetCommand.h"
#include "SetLabelsCommand.h"
#include "SetNoteCommand.h"
#include "SetRegionCommand.h"
#include "SetTagsCommand.h"
#include "store/BackgroundCheckpoint.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/RegionRepository.h"
#include "store/TagRepository.h"
#include "store/TextEditRepository.h"

#include <QUndoStack>
#include <algorithm>

namespace lockstep {

namespace {

std::vector<QString> toVector(const QStringList& ids)
{
    return std::vector<QString>(ids.cbegin(), ids.cend());
}

}  // namespace

AnnotationSession::AnnotationSession(QUndoStack* undoStack, QObject* parent) : QObject(parent), m_connection(undoStack)
{}

AnnotationSession::~AnnotationSession() = default;

bool AnnotationSession::open(const QString& projectPath, QString* error)
{
    close();
    if (!m_connection.open(projectPath, error))
        return false;
    ProjectStore& store = *m_connection.store();
    m_labels = std::make_unique<LabelRepository>(store);
    m_tags = std::make_unique<TagRepository>(store);
    m_texts = std::make_unique<TextEditRepository>(store);
    m_regions = std::make_unique<RegionRepository>(store);
    return true;
}

void AnnotationSession::close()
{
    m_labels.reset();
    m_tags.reset();
    m_texts.reset();
    m_regions.reset();
    m_connection.close();
}

SampleAnnotations AnnotationSession::annotations(const QString& sampleId) const
{
    return isOpen() ? loadSampleAnnotations(*m_connection.store(), sampleId) : SampleAnnotations{};
}

QString AnnotationSession::label(const QString& sampleId) const
{
    return m_labels ? m_labels->labels({sampleId}).front() : QString();
}

QStringList AnnotationSession::labelSet() const
{
    return m_labels ? m_labels->labelSet() : QStringList();
}

QStringList AnnotationSession::importedLabels() const
{
    return m_labels ? m_labels->importedLabels() : QStringList();
}

QStringList AnnotationSession::knownTags() const
{
    return m_tags ? m_tags->knownTags() : QStringList();
}

bool AnnotationSession::failed(const QString& error)
{
    emit writeFailed(tr("Cannot save the annotation in the project file: %1").arg(error));
    return false;
}

// --- edits ---

bool AnnotationSession::setLabel(const QStringList& ids, const QString& label)
{
    const BusyCursor busy(ids.size());
    if (!m_labels || ids.isEmpty() || !undoStack())
        return false;
    std::vector<QString> before = m_labels->labels(toVector(ids));
    std::vector<QString> after(before.size(), label);
    if (before == after)
        return false;
    undoStack()->push(new SetLabelsCommand(this, ids, std::move(before), std::move(after),
                                           ids.size() == 1
                                               ? tr("Label %1 as %2").arg(ids.front(), label)
                                               : tr("Label %n sample(s) as %1", nullptr, int(ids.size())).arg(label)));
    return true;
}

bool AnnotationSession::setLabelSet(const QStringList& labels)
{
    if (!m_labels || !undoStack())
        return false;
    QStringList before = m_labels->labelSet();
    if (before == labels && m_labels->hasStoredLabelSet())
        return false;
    undoStack()->push(new SetLabelSetCommand(this, std::move(before), labels, tr("Change the label set")));
    return true;
}

bool AnnotationSession::addTag(const QStringList& ids, const QString& tag)
{
    const BusyCursor busy(ids.size());
    const QString name = tag.trimmed();
    if (!m_tags || ids.isEmpty() || name.isEmpty() || !undoStack())
        return false;
    std::vector<QStringList> before = m_tags->tags(toVector(ids));
    std::vector<QStringList> after = before;
    for (QStringList& list : after)
        if (!list.contains(name)) {
            list << name;
            list.sort(Qt::CaseInsensitive);
        }
    if (before == after)
        return false;
    undoStack()->push(new SetTagsCommand(this, ids, std::move(before), std::move(after),
                                         ids.size() == 1
                                             ? tr("Tag %1 with %2").arg(ids.front(), name)
                                             : tr("Tag %n sample(s) with %1", nullptr, int(ids.size())).arg(name)));
    return true;
}

bool AnnotationSession::removeTag(const QStringList& ids, const QString& tag)
{
    const BusyCursor busy(ids.size());
    if (!m_tags || ids.isEmpty() || !undoStack())
        return false;
    std::vector<QStringList> before = m_tags->tags(toVector(ids));
    std::vector<QStringList> after = before;
    for (QStringList& list : after)
        list.removeAll(tag);
    if (before == after)
        return false;
    undoStack()->push(
        new SetTagsCommand(this, ids, std::move(before), std::move(after),
                           ids.size() == 1 ? tr("Remove tag %1 from %2").arg(tag, ids.front())
                                           : tr("Remove tag %1 from %n sample(s)", nullptr, int(ids.size())).arg(tag)));
    return true;
}

bool AnnotationSession::setNote(const QString& id, const QString& note)
{
    if (!m_tags || id.isEmpty() || !undoStack())
        return false;
    QString before = m_tags->notes({id}).front();
    if (before == note)
        return false;
    undoStack()->push(
        new SetNoteCommand(this, id, std::move(before), note,
                           note.isEmpty() ? tr("Clear the note of %1").arg(id) : tr("Note on %1").arg(id)));
    return true;
}

bool AnnotationSession::setCaption(const QString& id, const std::optional<QString>& text)
{
    if (!m_texts || id.isEmpty() || !undoStack())
        return false;
    std::optional<QString> before = m_texts->caption(id);
    if (before == text)
        return false;
    undoStack()->push(new EditTextCommand(
        this, EditTextCommand::Target{id, {}, {}, {}}, std::move(before), text,
        text ? tr("Fix the caption of %1").arg(id) : tr("Restore the original caption of %1").arg(id)));
    return true;
}

bool AnnotationSession::setSegmentText(const QString& id, const QString& stream, Micros start, Micros end,
                                       const std::optional<QString>& text)
{
    if (!m_texts || id.isEmpty() || stream.isEmpty() || !undoStack())
        return false;
    std::optional<QString> before = m_texts->segmentText(id, stream, start, end);
    if (before == text)
        return false;
    undoStack()->push(new EditTextCommand(
        this, EditTextCommand::Target{id, stream, start, end}, std::move(before), text,
        text ? tr("Fix a segment of %1 in %2").arg(stream, id) : tr("Restore a segment of %1 in %2").arg(stream, id)));
    return true;
}

QString AnnotationSession::addRegion(const QString& id, const QString& label, Micros start, Micros end)
{
    if (!m_regions || id.isEmpty() || start == end || !undoStack())
        return {};
    const QString key = RegionRepository::newKey();
    TimeRegion region{key, label.trimmed(), std::min(start, end), std::max(start, end)};
    undoStack()->push(
        new SetRegionCommand(this, id, key, std::nullopt, region, tr("Add region %1 to %2").arg(region.label, id)));
    return key;
}

bool AnnotationSession::renameRegion(const QString& id, const QString& key, const QString& label)
{
    if (!m_regions || !undoStack())
        return false;
    std::optional<TimeRegion> before = m_regions->region(id, key);
    if (!before || before->label == label.trimmed())
        return false;
    TimeRegion after = *before;
    after.label = label.trimmed();
    undoStack()->push(new SetRegionCommand(this, id, key, before, after,
                                           tr("Rename region %1 to %2").arg(before->label, after.label)));
    return true;
}

bool AnnotationSession::removeRegion(const QString& id, const QString& key)
{
    if (!m_regions || !undoStack())
        return false;
    std::optional<TimeRegion> before = m_regions->region(id, key);
    if (!before)
        return false;
    undoStack()->push(
        new SetRegionCommand(this, id, key, before, std::nullopt, tr("Delete region %1 of %2").arg(before->label, id)));
    return true;
}

// --- what the commands call ---

bool AnnotationSession::applyLabels(const QStringList& ids, const std::vector<QString>& labels, const QString& action)
{
    const BusyCursor busy(ids.size());
    if (!m_labels)
        return false;
    if (!m_labels->setLabels(toVector(ids), labels, action, ProjectEditConnection::userName()))
        return failed(m_labels->lastError());
    emit labelsChanged(ids);
    return true;
}

bool AnnotationSession::applyLabelSet(const QStringList& labels, const QString& action)
{
    if (!m_labels)
        return false;
    if (!m_labels->setLabelSet(labels, action, ProjectEditConnection::userName()))
        return failed(m_labels->lastError());
    emit labelSetChanged();
    return true;
}

bool AnnotationSession::applyTags(const QStringList& ids, const std::vector<QStringList>& tags, const QString& action)
{
    const BusyCursor busy(ids.size());
    if (!m_tags)
        return false;
    if (!m_tags->setTags(toVector(ids), tags, action, ProjectEditConnection::userName()))
        return failed(m_tags->lastError());
    emit annotationsChanged(ids);
    return true;
}

bool AnnotationSession::applyNote(const QString& id, const QString& note, const QString& action)
{
    if (!m_tags)
        return false;
    if (!m_tags->setNotes({id}, {note}, action, ProjectEditConnection::userName()))
        return failed(m_tags->lastError());
    emit annotationsChanged({id});
    return true;
}

bool AnnotationSession::applyCaption(const QString& id, const std::optional<QString>& text, const QString& action)
{
    if (!m_texts)
        return false;
    if (!m_texts->setCaption(id, text, action, ProjectEditConnection::userName()))
        return failed(m_texts->lastError());
    emit annotationsChanged({id});
    return true;
}

bool AnnotationSession::applySegmentText(const QString& id, const QString& stream, Micros start, Micros end,
                                         const std::optional<QString>& text, const QString& action)
{
    if (!m_texts)
        return false;
    if (!m_texts->setSegmentText(id, stream, start, end, text, action, ProjectEditConnection::userName()))
        return failed(m_texts->lastError());
    emit annotationsChanged({id});
    return true;
}

bool AnnotationSession::applyRegion(const QString& id, const QString& key, const std::optional<TimeRegion>& region,
                                    const QString& action)
{
    if (!m_regions)
        return false;
    if (!m_regions->setRegion(id, key, region, action, ProjectEditConnection::userName()))
        return failed(m_regions->lastError());
    emit annotationsChanged({id});
    return true;
}

}  // namespace lockstep

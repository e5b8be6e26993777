#pragma once

#include "store/SampleAnnotations.h"

#include <QColor>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace lockstep {

// The details pane's "Tags & note" section: the sample's tags as small removable chips with an "Add Tag" button,
// its regions in one line, and a free-text note saved when the field loses focus (or on Ctrl+Return). It only
// shows and asks: the app turns its requests into undoable edits.
class SampleAnnotationsEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SampleAnnotationsEditor(QWidget* parent = nullptr);

    void showAnnotations(const QString& sampleId, const SampleAnnotations& annotations);
    void clear();

    QStringList shownTags() const { return m_tags; }
    QString noteText() const;
    QPlainTextEdit* noteEdit() const { return m_note; }
    QToolButton* addTagButton() const { return m_addTag; }
    // The key of the window's Tag command, named by the button's tooltip ("" = none).
    void setAddTagKey(const QString& key);
    // Saves the note if it was changed (emits noteEdited).
    void commitNote();

signals:
    void addTagRequested();
    void removeTagRequested(const QString& tag);
    void noteEdited(const QString& sampleId, const QString& note);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildChips();

    QString m_sampleId;
    QStringList m_tags;
    QString m_savedNote;
    QWidget* m_chips = nullptr;
    QHBoxLayout* m_chipLayout = nullptr;
    QToolButton* m_addTag = nullptr;
    QLabel* m_regions = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QColor m_chipBase;  // the palette base the chips' style sheets were resolved with
};

}  // namespace lockstep

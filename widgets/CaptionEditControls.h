#pragma once

#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace lockstep {

// Fixing a caption in place: a row under the details pane's text with "Edit", and while editing "Save" /
// "Cancel"; an "edited" badge (the dataset's original in its tooltip) with "Restore Original" when the shown
// caption is a fix. The text box itself belongs to the pane; this only switches it between reading and editing.
class CaptionEditControls final : public QWidget {
    Q_OBJECT
public:
    CaptionEditControls(QPlainTextEdit* text, QWidget* parent = nullptr);

    // What the dataset says and the project's fix of it (nullopt: none). Shows the fix when there is one.
    void setTexts(const QString& original, const std::optional<QString>& fix);
    // The fix changed (an undo, another view): shows it unless the user is typing.
    void setFix(const std::optional<QString>& fix);
    void setSampleId(const QString& id) { m_sampleId = id; }
    bool isEditing() const { return m_editing; }
    bool isEdited() const { return m_fix.has_value(); }
    QString original() const { return m_original; }

    void startEditing();
    void save();
    void cancel();

signals:
    void captionEdited(const QString& sampleId, const std::optional<QString>& text);

private:
    void refreshButtons();

    QPlainTextEdit* m_text;
    QString m_sampleId;
    QString m_original;
    std::optional<QString> m_fix;
    bool m_editing = false;
    QLabel* m_badge = nullptr;
    QToolButton* m_edit = nullptr;
    QToolButton* m_save = nullptr;
    QToolButton* m_cancel = nullptr;
    QToolButton* m_restore = nullptr;
};

}  // namespace lockstep

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace lockstep {

// The small prompt behind the T key: one line with completion from the project's tags. "noisy" adds the tag to
// the selected samples, "-noisy" removes it; Return confirms, Escape closes.
class TagPrompt final : public QDialog {
    Q_OBJECT
public:
    TagPrompt(const QStringList& knownTags, int sampleCount, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    // The tag typed, without a leading '-'; and whether it is to be removed.
    QString tag() const;
    bool removes() const;

private:
    QLineEdit* m_edit = nullptr;
};

}  // namespace lockstep

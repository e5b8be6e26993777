#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace lockstep {

class SampleTableModel;

// The query bar above the sample table: a query such as `audio.rms_dbfs < -40 and label = dog` or
// `has:image.blurry` filters the table (in SQL, in the background) a moment after typing stops or on Enter;
// a query that does not parse says what is wrong and where, and leaves the table as it was. Escape clears it.
class SampleFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit SampleFilterBar(SampleTableModel* model, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QString errorText() const;
    QString countText() const;
    void focusQuery();
    // Applies what is typed now (also what Enter and the typing pause do).
    void apply();
    // A control at the end of the query row (the saved views button).
    void addTrailingWidget(QWidget* widget);

    static constexpr int kTypingPauseMs = 400;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();

    SampleTableModel* m_model = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_pause = nullptr;
    QHBoxLayout* m_row = nullptr;
};

}  // namespace lockstep

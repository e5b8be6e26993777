#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace lockstep {

// A compact progress display for the status bar: what is happening, a bar, the rate and time left, and a
// Cancel button. Hidden while no job runs.
class JobProgressWidget final : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget* parent = nullptr);

    QString message() const;
    QString rateText() const;
    int percent() const;  // -1 while the total is unknown

public slots:
    void start(const QString& title);
    void setProgress(const QString& message, qint64 done, qint64 total);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel* m_message = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_rate = nullptr;
    QToolButton* m_cancel = nullptr;
    QElapsedTimer m_elapsed;
    QString m_title;
};

}  // namespace lockstep

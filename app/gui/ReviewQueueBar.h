#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lockstep {

// The review queue's strip above the inspector. Before the queue starts it asks (without blocking the
// window) for the query, the order and "only unreviewed"; while the queue runs it shows where the reviewer is
// ("7 / 310"), how many they decided, the keys, and — at the end — that the queue is finished.
class ReviewQueueBar final : public QWidget {
    Q_OBJECT
public:
    enum class Order { TableOrder, WorstIssueFirst, LargestValueFirst, SmallestValueFirst };
    struct Request {
        QString query;  // as typed: the table's filter language
        Order order = Order::TableOrder;
        QString issueType;  // what the issue orders measure ("" = any issue, severity only)
        bool onlyUnreviewed = true;
    };

    // A key of the running queue and what it does ("A", "accept"); the keys are the user's, so they are given.
    struct KeyHint {
        QString key;
        QString what;
    };

    explicit ReviewQueueBar(QWidget* parent = nullptr);

    // The keys line of the running queue; leaveKey is named when the queue is finished ("" = none).
    void setKeyHints(const QList<KeyHint>& hints, const QString& leaveKey);
    QString keysText() const;

    // Setup: the fields filled in, the query focused.
    void ask(const Request& preset, const QStringList& issueTypes);
    Request request() const;
    void setError(const QString& text);
    // Running: the queue's description and the reviewer's place in it (position is 1-based, 0 = none).
    void showRunning(const QString& description);
    void setProgress(int position, int count, int decided, bool finished);
    bool isAsking() const;

    QLineEdit* queryEdit() const { return m_query; }
    QComboBox* orderBox() const { return m_order; }
    QComboBox* issueTypeBox() const { return m_issueType; }
    QCheckBox* unreviewedBox() const { return m_unreviewed; }
    QString progressText() const;
    QString stateText() const;

    static QString orderName(Order order);

signals:
    void startRequested();
    void cancelRequested();

private:
    void updateIssueTypeEnabled();

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_query = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_issueType = nullptr;
    QCheckBox* m_unreviewed = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_position = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_keys = nullptr;
    QString m_leaveKey;
};

}  // namespace lockstep

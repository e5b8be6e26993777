#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace lockstep {

// The start page: what Lockstep does, the three ways in (dataset folder, project, demo) and the recent list.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    QStringList recentFiles() const { return m_recent; }
    void setLogo(const QPixmap& pixmap);

signals:
    void openDatasetRequested();
    void openProjectRequested();
    void openDemoRequested();
    void openRecentRequested(const QString& path);
    void clearRecentRequested();

private:
    QLabel* m_logo = nullptr;
    QListWidget* m_recentList = nullptr;
    QLabel* m_recentEmpty = nullptr;
    QWidget* m_clearRecent = nullptr;
    QStringList m_recent;
};

}  // namespace lockstep

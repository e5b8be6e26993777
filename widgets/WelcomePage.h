#pragma once

#include <QIcon>
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
    // Drawn from the icon at the screen's pixel density (sharp at 150 % and 200 %).
    void setLogo(const QIcon& icon);

signals:
    void openDatasetRequested();
    void openProjectRequested();
    void openDemoRequested();
    void openRecentRequested(const QString& path);
    void clearRecentRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateLogo();

    QIcon m_logoIcon;
    QLabel* m_logo = nullptr;
    QListWidget* m_recentList = nullptr;
    QLabel* m_recentEmpty = nullptr;
    QWidget* m_clearRecent = nullptr;
    QStringList m_recent;
};

}  // namespace lockstep

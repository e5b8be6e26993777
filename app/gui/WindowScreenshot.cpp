#include "WindowScreenshot.h"

#include "DuplicateGroupsModel.h"
#include "DuplicateGroupsView.h"
#include "DuplicatesDock.h"
#include "MainWindow.h"
#include "QualityDashboard.h"
#include "SampleDetailsPane.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"
#include "SessionController.h"
#include "ThumbnailCache.h"
#include "TimelinePanel.h"
#include "WorkspacePage.h"

#include <algorithm>

#include <QDialog>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

namespace lockstep {

WindowScreenshot::WindowScreenshot(MainWindow* window, const QString& file)
    : QObject(window), m_window(window), m_file(file)
{
    SessionController* session = window->session();
    connect(session, &SessionController::busyChanged, this, &WindowScreenshot::check);
    connect(session, &SessionController::sessionOpened, this, &WindowScreenshot::check);
    connect(session, &SessionController::openFailed, this, &WindowScreenshot::check);
    connect(window->detailsPane(), &SampleDetailsPane::mediaLoaded, this, &WindowScreenshot::check);
    connect(window->workspacePage()->timeline(), &TimelinePanel::loaded, this, &WindowScreenshot::check);
    // Thumbnails and spectrogram tiles keep arriving after the lanes are loaded: look again now and then.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &WindowScreenshot::check);
    poll->start(250);
    QTimer::singleShot(500, this, &WindowScreenshot::check);
    QTimer::singleShot(kTimeoutMs, this, [this] {
        if (m_pending)
            take();
    });
}

bool WindowScreenshot::isReady() const
{
    const SessionController* session = m_window->session();
    if (session->isBusy() || m_window->tableModel()->isSorting())
        return false;
    if (!session->isOpen())
        return true;
    const SampleDetailsPane* details = m_window->detailsPane();
    if (details->isLoading() || m_window->workspacePage()->timeline()->isBusy() || m_window->dashboard()->isLoading())
        return false;
    const DuplicatesDock* duplicates = m_window->duplicatesDock();
    if (duplicates->isVisible() && (duplicates->model()->isLoading() || duplicates->view()->pendingMedia() > 0))
        return false;
    if (m_window->workspacePage()->isGridShown() && m_window->workspacePage()->grid()->thumbnails()->pendingCount() > 0)
        return false;
    return m_window->tableModel()->rowCount() == 0 || !details->sampleId().isEmpty();
}

void WindowScreenshot::check()
{
    if (!m_pending || !isReady())
        return;
    QTimer::singleShot(400, this, [this] {
        if (m_pending && isReady())
            take();
    });
}

void WindowScreenshot::take()
{
    m_pending = false;
    // Transient messages say how long a scan took: a picture of the same state is the same picture.
    m_window->statusBar()->clearMessage();
    QPixmap picture = m_window->grab();
    // An open dialog (the shortcuts list) is drawn where a window manager would put it: over the window's centre.
    const QList<QDialog*> dialogs = m_window->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        const QPixmap shown = dialog->grab();
        QPainter painter(&picture);
        const QSize free = picture.deviceIndependentSize().toSize() - shown.deviceIndependentSize().toSize();
        const QPoint at(std::max(0, free.width() / 2), std::max(0, free.height() / 2));
        painter.drawPixmap(at, shown);
        painter.setPen(dialog->palette().color(QPalette::Dark));
        painter.drawRect(QRect(at, shown.deviceIndependentSize().toSize()).adjusted(-1, -1, 0, 0));
    }
    const bool saved = picture.save(m_file);
    emit taken(m_file, saved && m_window->lastError().isEmpty());
}

}  // namespace lockstep

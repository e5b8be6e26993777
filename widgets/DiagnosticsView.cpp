#include "DiagnosticsView.h"

#include "DiagnosticsFilterModel.h"
#include "DiagnosticsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace lockstep {

DiagnosticsView::DiagnosticsView(QWidget* parent) : QWidget(parent), m_filter(new DiagnosticsFilterModel(this))
{
    setObjectName(QStringLiteral("diagnosticsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by file, sample or message"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Errors"), static_cast<int>(Diagnostic::Severity::Error));
    m_severity->addItem(tr("Warnings"), static_cast<int>(Diagnostic::Severity::Warning));
    m_severity->addItem(tr("Info"), static_cast<int>(Diagnostic::Severity::Info));
    bar->addWidget(m_severity);
    m_summary = new QLabel(this);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("diagnosticsTree"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setModel(m_filter);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this](int) {
        m_filter->setSeverity(m_severity->currentData().toInt());
        updateSummary();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(DiagnosticsModel::SampleIdRole).toString();
        if (!id.isEmpty())
            emit sampleActivated(id);
    });
}

void DiagnosticsView::setDiagnosticsModel(DiagnosticsModel* model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(DiagnosticsModel::SeverityColumn, 7 * em);
    header->resizeSection(DiagnosticsModel::LocationColumn, 18 * em);
    header->resizeSection(DiagnosticsModel::SampleColumn, 10 * em);
    connect(model, &QAbstractItemModel::modelReset, this, &DiagnosticsView::updateSummary);
    updateSummary();
}

void DiagnosticsView::setFilterText(const QString& text)
{
    m_search->setText(text);
}

int DiagnosticsView::visibleRowCount() const
{
    return m_filter->rowCount();
}

void DiagnosticsView::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const int errors = m_model->count(Diagnostic::Severity::Error);
    const int warnings = m_model->count(Diagnostic::Severity::Warning);
    //: %1 is "N errors", %2 is "N warnings"
    QString text = tr("%1, %2").arg(tr("%Ln error(s)", nullptr, errors), tr("%Ln warning(s)", nullptr, warnings));
    if (m_filter->rowCount() != m_model->rowCount())
        text += tr(" \u2014 showing %1").arg(locale.toString(m_filter->rowCount()));
    if (m_model->isTruncated())
        text += tr(" (only the first %1 are listed)").arg(locale.toString(m_model->rowCount()));
    m_summary->setText(text);
}

}  // namespace lockstep

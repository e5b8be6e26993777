#include "DiagnosticsModel.h"

#include "EngineMessageText.h"

#include "DisplayNames.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

namespace lockstep {

DiagnosticsModel::DiagnosticsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(Diagnostics diagnostics, bool truncated)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    m_truncated = truncated;
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    for (const Diagnostic& d : m_diagnostics) {
        const int s = static_cast<int>(d.severity);
        if (s >= 0 && s < 3)
            ++m_counts[s];
    }
    endResetModel();
}

void DiagnosticsModel::clear()
{
    setDiagnostics({}, false);
}

int DiagnosticsModel::count(Diagnostic::Severity severity) const
{
    const int s = static_cast<int>(severity);
    return s >= 0 && s < 3 ? m_counts[s] : 0;
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DiagnosticsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic& d = m_diagnostics.at(index.row());
    // The project file holds the engine's English; the table shows it in the user's language.
    const auto shownLine = [&d] {
        Diagnostic shown = d;
        shown.message = EngineMessageText::message(d.message);
        return shown.toString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return DisplayNames::severity(d.severity);
        case LocationColumn: return d.line > 0 ? d.file + QLatin1Char(':') + QString::number(d.line) : d.file;
        case SampleColumn: return d.sampleId;
        case MessageColumn: return EngineMessageText::message(d.message);
        default: return {};
        }
    case Qt::ToolTipRole: return shownLine();
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            if (d.severity == Diagnostic::Severity::Error)
                return QBrush(ThemeColors::error());
            if (d.severity == Diagnostic::Severity::Warning)
                return QBrush(ThemeColors::warning());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == LocationColumn || index.column() == SampleColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SampleIdRole: return d.sampleId;
    case SeverityRole: return static_cast<int>(d.severity);
    case LineTextRole: return shownLine();
    default: return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeverityColumn: return tr("Severity");
        case LocationColumn: return tr("File");
        case SampleColumn: return tr("Sample");
        case MessageColumn: return tr("Message");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeverityColumn: return tr("Info, warning or error");
        case LocationColumn: return tr("File and line, relative to the dataset folder");
        case SampleColumn: return tr("The sample concerned, if any; double-click to show it");
        case MessageColumn: return tr("What was found and what to do about it");
        default: return {};
        }
    }
    return {};
}

}  // namespace lockstep

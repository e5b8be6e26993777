#pragma once

#include <QSortFilterProxyModel>

namespace lockstep {

// Filters a DiagnosticsModel by minimum severity and by text (case-insensitive, any column).
class DiagnosticsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiagnosticsFilterModel(QObject* parent = nullptr);

    // -1 shows every severity; otherwise only diagnostics of exactly this Diagnostic::Severity.
    void setSeverity(int severity);
    int severity() const { return m_severity; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_severity = -1;
    QString m_text;
};

}  // namespace lockstep

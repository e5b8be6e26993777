#pragma once

#include "dataset/Diagnostic.h"

#include <QAbstractTableModel>

namespace lockstep {

// The dataset's diagnostics as a table: severity, "file:line", sample and message. Holds the list it is
// given (the session loads a bounded number of them off the GUI thread).
class DiagnosticsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, SampleColumn, MessageColumn, ColumnCount };
    enum Role {
        SampleIdRole = Qt::UserRole + 1,  // QString, empty when the diagnostic concerns no sample
        SeverityRole,                     // int, Diagnostic::Severity
        LineTextRole,                     // QString, "file:line: message" (the message in the user's language)
    };

    explicit DiagnosticsModel(QObject* parent = nullptr);

    void setDiagnostics(Diagnostics diagnostics, bool truncated = false);
    void clear();
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    bool isTruncated() const { return m_truncated; }
    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Diagnostics m_diagnostics;
    bool m_truncated = false;
    int m_counts[3] = {0, 0, 0};
};

}  // namespace lockstep

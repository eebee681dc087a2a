#pragma once

#include "import/importplan.h"

#include <QAbstractTableModel>

// The rows of an import plan for the preview: what will happen to each line of the file.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ActionColumn, NameColumn, CompanyColumn, PositionColumn, DetailsColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1,
        ChangedJobRole, // bool: an update of someone who changed jobs
    };
    // Not an action: what a "changed jobs" filter asks for (ImportPlan::Action values are >= 0).
    static constexpr int ChangedJobsFilter = 100;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionName(ImportPlan::Action action);

private:
    ImportPlan m_plan;
};

#pragma once

#include "import/importplan.h"

#include <QDialog>

class ImportPreviewModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Shows what an import will do, row by row, before anything is written.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString &fileName, const ImportPlan &plan, QWidget *parent = nullptr);

    const ImportPlan &plan() const;

private:
    void applyShowFilter();

    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_show;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_importButton;
};

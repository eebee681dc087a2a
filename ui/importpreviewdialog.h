#pragma once

#include "import/contactimport.h"

#include <QDialog>

class ImportPreviewModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QToolButton;

// Shows what an import will do, row by row, before anything is written, and lets the user
// say which column holds what when the file is not a format we know.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const ContactImport::Prepared &prepared, QWidget *parent = nullptr);

    const ImportPlan &plan() const;
    // The file as read, with the columns as the user mapped them.
    const ContactImport::Prepared &prepared() const { return m_prepared; }
    // Re-reads the rows with another field for one column (what the column's combo box does).
    void setColumnField(int column, contactcsv::Field field);

private:
    void buildColumnTable();
    void updateSummary();
    void applyShowFilter();
    void remap();

    ContactImport::Prepared m_prepared;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_problem;
    QToolButton *m_columnsToggle;
    QTableWidget *m_columns;
    QComboBox *m_show;
    QTableView *m_view;
    QPushButton *m_importButton;
};

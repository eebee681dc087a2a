#pragma once

#include <QDialog>

class EmployerListModel;
class NetworkCache;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Finds an employer of the user's network to mark as a target, most people first, by any
// spelling of its name; or takes a name typed in when nobody the user knows works there.
class AddTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddTargetDialog(NetworkCache *network, QWidget *parent = nullptr);

    // The employer chosen in the list, else the name typed.
    QString chosenName() const;

private:
    void updateButton();

    EmployerListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_add;
};

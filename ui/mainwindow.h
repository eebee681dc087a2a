#pragma once

#include <QMainWindow>

class ContactListModel;
class ContactStore;
class Database;
class ImportController;
class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QTableView;
class QUndoStack;

// The main window: the contact list with its search box, and the menus. Dropping a
// Connections.csv anywhere on it starts an import.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database *database, QWidget *parent = nullptr);
    ~MainWindow() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    ContactStore *store() const { return m_store; }
    ContactListModel *contactModel() const { return m_model; }
    ImportController *importController() const { return m_import; }

    void importFile(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newContact();
    void editCurrentContact();
    void deleteSelectedContacts();
    void chooseImportFile();
    void updateActions();
    void updateCountLabel();
    void showAbout();
    QList<qint64> selectedContactIds() const;
    void selectContact(qint64 id);
    static QString importableFile(const QMimeData *mime);

    Database *m_database;
    ContactStore *m_store;
    ContactListModel *m_model;
    QUndoStack *m_undoStack;
    ImportController *m_import;

    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_emptyHint;

    QAction *m_importAction;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
};

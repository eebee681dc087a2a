#pragma once

#include "domain/interview.h"

#include <QWidget>

struct Workspace;
class ContactListModel;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;

// The Contacts page: everyone in a sortable table with a search box that filters as you type,
// and a hint on how to start while there is nobody yet. Contacts are added, edited and deleted
// with undo. The window puts the actions in its menus and toolbar, and the count label in its
// status bar.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    ContactsView(Workspace *workspace, ContactListModel *model, QWidget *parent = nullptr);

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *startInterviewAction() const { return m_startInterviewAction; }
    // "7 contacts", "1 of 7 contacts" while searching.
    QLabel *countLabel() const { return m_countLabel; }

    QList<qint64> selectedContactIds() const;
    void selectContact(qint64 id);
    void focusSearch();
    // The table's column widths and order, kept between runs.
    void saveLayout() const;

Q_SIGNALS:
    void startInterviewRequested(qint64 contactId);
    void openInterview(qint64 id, Step step);
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;

private:
    void newContact();
    void editCurrentContact();
    void editContact(qint64 id);
    void deleteSelectedContacts();
    void updateActions();
    void updateCountLabel();

    Workspace *m_workspace;
    ContactListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_noMatches; // instead of an empty table when the search finds no one
    QLabel *m_emptyHint;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_startInterviewAction;
};

#pragma once

#include "domain/interview.h"

#include <QWidget>

struct Workspace;
class OrganisationListModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Everything about one employer at a glance: research notes, the people there (contacts whose
// company it is) and the interviews with them.
class OrganisationsView : public QWidget
{
    Q_OBJECT
public:
    OrganisationsView(Workspace *workspace, OrganisationListModel *model, QWidget *parent = nullptr);

    void selectOrganisation(qint64 id);
    qint64 currentOrganisationId() const { return m_currentId; }
    void newOrganisation();
    bool saveDetails();

Q_SIGNALS:
    void openInterview(qint64 id, Step step);

private:
    void showOrganisation(qint64 id);
    void refreshLists();
    void updateDuplicates();
    void mergeSuggested();

    Workspace *m_workspace;
    OrganisationListModel *m_model;
    qint64 m_currentId = 0;
    QTableView *m_table;
    QWidget *m_details;
    QLabel *m_empty;
    QLineEdit *m_name;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QListWidget *m_people;
    QListWidget *m_interviewList;
    QWidget *m_duplicates;
    QLabel *m_duplicatesText;
};

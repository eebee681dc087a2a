#pragma once

#include "domain/interview.h"

#include <QWidget>

struct Workspace;
class QAction;
class QComboBox;
class QSortFilterProxyModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StarterListModel;
class TargetListModel;

// The Targets page: the target employers as a LAMP list (Advocacy, Motivation, Posting; the top
// five active), and for the chosen one the people the user knows there, ranked as whom to ask
// first with the reason, one click from an interview. The roles the user is exploring (My
// Profile) are edited at the top, as they rank the people.
class TargetsView : public QWidget
{
    Q_OBJECT
public:
    TargetsView(Workspace *workspace, QWidget *parent = nullptr);

    QAction *addAction() const { return m_addAction; }
    // Marks the employer with this name (however the contacts spell it) as a target: the
    // organisation there is, or a new one; one step of Undo. Its id, or 0 when refused.
    qint64 markTarget(const QString &name);
    void selectTarget(qint64 organisationId);
    qint64 currentTargetId() const;
    StarterListModel *starterModel() const { return m_starters; }

Q_SIGNALS:
    void startInterviewRequested(qint64 contactId);
    void openInterview(qint64 id, Step step);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseTarget();
    void removeCurrentTarget();
    void showTarget();
    void startInterviewWithCurrent();
    void activateStarter(const QModelIndex &index);
    // Chooses this person in the list of people, or the first without an interview.
    void chooseStarter(qint64 contactId);
    void saveRoles();
    void updateState();

    Workspace *m_workspace;
    TargetListModel *m_model;
    StarterListModel *m_starters;
    QAction *m_addAction;
    QLineEdit *m_roles;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_remove;
    QLabel *m_peopleTitle;
    QLabel *m_peopleEmpty;
    QTableView *m_people;
    QSortFilterProxyModel *m_peopleProxy;
    QComboBox *m_answers;
    QPushButton *m_start;
    qint64 m_shownId = 0;
    qint64 m_chosenPerson = 0;
};

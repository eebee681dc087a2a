#pragma once

#include "workflow/guidedstart.h"

#include <QDialog>
#include <QTimer>

struct Interview;
struct Workspace;
class ComposerWidget;
class ImportController;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StarterListModel;
class TargetSuggestionModel;

// Help › Guided Start, opened by itself on a fresh profile: from LinkedIn's export to a first
// outreach, in six steps (your network, what you are exploring, five target employers, whom to ask
// first at each, your first message, what happens next). Each step embeds or opens the real thing:
// the import and its preview, the network's employers, the ranked people at an employer, the
// composer, and Today's reminders. Every step can be skipped; closing keeps the step, and the
// guide opens there again (GuidedStartProgress). What the steps make is ordinary data, each an
// undo step of its own.
class GuidedStartDialog : public QDialog
{
    Q_OBJECT
public:
    GuidedStartDialog(Workspace *workspace, ImportController *import, QWidget *parent = nullptr);
    ~GuidedStartDialog() override;

    int step() const { return m_progress.step; }
    void goToStep(int step);
    const GuidedStartProgress &progress() const { return m_progress; }
    TargetSuggestionModel *suggestions() const { return m_suggestions; }
    StarterListModel *starters() const { return m_starters; }
    ComposerWidget *composer() const { return m_composer; }

    // The step's title, as the list on the left shows it.
    static QString stepTitle(int step);

Q_SIGNALS:
    // Finish: the user wants to see Today.
    void finishRequested();
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeNetworkPage();
    QWidget *makeExploringPage();
    QWidget *makeTargetsPage();
    QWidget *makePeoplePage();
    QWidget *makeMessagePage();
    QWidget *makeNextPage();
    static QWidget *page(const QString &title, const QString &text, QWidget *parent);

    void next();
    void skip();
    void back();
    // Leaving a step (any way): what was typed is kept.
    void leaveStep();
    // The roles and the name typed on the second step, into My Profile.
    void saveProfile();
    // Next on a step: what it chose is written (targets marked, interviews made). False when the
    // user should stay (a write failed, already said).
    bool applyStep();
    void showStep();
    void updateButtons();

    void updateNetworkState();
    void updateCommonTitles();
    void importFinished(const QString &message);
    void preselectTargets();
    void addTypedTarget();
    void updateTargetCount();
    bool markTargets();
    void fillTargetList();
    void showPeopleOf(int row);
    void choosePerson(const QModelIndex &index);
    bool startInterviews();
    // Made by the guide with its person, and not worked on since: may give way to another choice.
    bool isUntouched(const Interview &interview) const;
    void showFirstMessage();
    void sentMessagesChanged(qint64 interviewId);
    void fillWhatHappensNext();
    qint64 firstUnsentInterview() const;

    Workspace *m_workspace;
    ImportController *m_import;
    GuidedStartProgress m_progress;
    QMetaObject::Connection m_importFinished;
    bool m_importing = false; // an import started here: the next step follows once it is in
    int m_contactsBefore = 0;
    bool m_targetsTouched = false; // the user checked or typed: suggestions no longer replace them
    qint64 m_sentInterview = 0; // the first outreach marked as sent on the message step

    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QPushButton *m_back;
    QPushButton *m_skip;
    QPushButton *m_next;
    QPushButton *m_close;
    QCheckBox *m_atStart;

    QLabel *m_networkState;
    QLineEdit *m_roles;
    QLineEdit *m_name;
    QTimer m_saveProfile;
    bool m_profileEdited = false; // typed on the second step since it was last kept
    QLabel *m_commonTitles;
    TargetSuggestionModel *m_suggestions;
    QSortFilterProxyModel *m_suggestionFilter;
    QLineEdit *m_targetSearch;
    QTableView *m_targetTable;
    QLabel *m_targetCount;
    QLabel *m_targetProblem;
    QPushButton *m_addTarget;
    QListWidget *m_targetList;
    StarterListModel *m_starters;
    QTableView *m_people;
    QLabel *m_peopleTitle;
    QLabel *m_peopleEmpty;
    QLabel *m_messageTitle;
    ComposerWidget *m_composer;
    QScrollArea *m_composerArea = nullptr;
    QLabel *m_composerStatus;
    QLabel *m_nextText;
    QPushButton *m_writeNext;
};

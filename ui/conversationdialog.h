#pragma once

#include "domain/interview.h"
#include "domain/question.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

struct Workspace;
class ContactPicker;
class ConversationModel;
class CountdownWidget;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

// The conversation view (Conduct's Hold the Conversation…, and Prepare's Practise…): the planned
// questions one at a time beside the whole list, each with its TIARA tag, a notes box, and
// whether it was asked or skipped; the agreed length counting down with gentle marks; a box for
// the conversation's notes (in practice: what to improve); and an end page that leads straight
// to the thank-you note.
//
// What is typed is written as it is typed (a second after the last key), so a crash loses
// nothing; closing the view makes it all one undoable step. A practice run is stored when the
// view opens on it and forgotten on closing when nothing happened in it.
class ConversationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Conversation, Practice };

    // The conversation itself: its notes land in the interview's plan and conversation notes.
    ConversationDialog(Workspace *workspace, qint64 interviewId, QWidget *parent = nullptr);
    // A stored practice run; `isNew` when it was just made by newPracticeRun(), so that closing
    // it with nothing done forgets it.
    ConversationDialog(Workspace *workspace, const PracticeRun &run, bool isNew, QWidget *parent = nullptr);

    // Stores a new practice run of the interview's questions as planned now, with nobody yet.
    static std::optional<PracticeRun> newPracticeRun(Workspace *workspace, qint64 interviewId, QString *error);

    Mode mode() const { return m_mode; }
    ConversationModel *model() const { return m_model; }
    CountdownWidget *countdown() const { return m_countdown; }
    int currentRow() const { return m_current; }
    void showQuestion(int row);
    // Marks the question shown and goes on to the next one still open.
    void markCurrent(QuestionState state);
    void showEndPage();
    bool isEndPageShown() const;
    // Whether the end page's Write the Thank-You Note was chosen (the view is closed then).
    bool thankYouRequested() const { return m_thankYouRequested; }
    // When the clock was first started in this view; invalid if it never ran.
    QDateTime startedAt() const { return m_startedAt; }
    // Writes what is typed now; false (the reason shown in the view) when the database refused.
    bool saveNow();
    PracticeRun practiceRun() const; // as typed, in Practice mode
    // Deletes the practice run shown (undoably) and closes the view.
    void deletePracticeRun();

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ConversationDialog(Workspace *workspace, Mode mode, qint64 interviewId, QWidget *parent);
    void build();
    void load(const QList<PlannedQuestion> &questions, const QString &notes);
    void markDirty();
    void updateQuestionPane();
    void updateMark();
    void updateEndPage();
    QString person() const;
    QString allNotesAsText() const;
    // Pushes the one undo step for what this view changed, once it closes.
    void pushUndo();

    Workspace *m_workspace;
    Mode m_mode;
    qint64 m_interviewId;
    // As stored when the view opened, for the undo step.
    QList<PlannedQuestion> m_planBefore;
    QString m_notesBefore;
    std::optional<PracticeRun> m_runBefore; // Practice: none when the run is new
    PracticeRun m_run; // Practice: id, interview and start
    bool m_deleted = false;
    bool m_dirty = false;
    bool m_thankYouRequested = false;
    int m_current = -1;
    QDateTime m_startedAt;
    QString m_saveError; // why the last save failed, naming the file

    ConversationModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_title;
    ContactPicker *m_partner = nullptr;
    CountdownWidget *m_countdown;
    QLabel *m_mark;
    QListView *m_list;
    QLabel *m_position;
    QLabel *m_questionText;
    QLabel *m_tiara;
    QPlainTextEdit *m_questionNotes;
    QPushButton *m_previous;
    QPushButton *m_skip;
    QPushButton *m_asked;
    QPlainTextEdit *m_notes;
    QLabel *m_status;
    QPushButton *m_end;
    QLabel *m_endSummary;
    QPushButton *m_thankYou = nullptr;
    QTimer *m_saveTimer;
};

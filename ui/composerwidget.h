#pragma once

#include "messages/messagerecords.h"
#include "messages/messagetemplate.h"
#include "messages/messagevalues.h"
#include "messages/templaterenderer.h"

#include <QHash>
#include <QPair>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <optional>

struct Workspace;
class MessageHighlighter;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextEdit;
class QToolButton;
class TemplateListModel;

// Writes one message for one interview: pick the interview and a template, and the editor
// holds the message with the interview's data filled in and [[slots]] left for you. A live
// preview, what still needs writing and (for first contact) advice from the outreach checks
// follow every keystroke. Copy it, open it in the mail app, then mark it as sent, which keeps
// the message with the interview.
//
// What is typed is a draft of that interview and kind of message, saved in the database as it is
// typed (and when switching away), and shown again when the user comes back to it. A template
// fills only an empty draft; choosing one over a draft asks first, and Ctrl+Z takes it back.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(Workspace *workspace, QWidget *parent = nullptr);
    ~ComposerWidget() override;

    // Picks the interview, the message it is waiting for and that kind's first template.
    void setInterview(qint64 interviewId);
    // The keyboard goes to the message itself.
    void focusMessage();
    void setKind(MessageKind kind);
    void setTemplate(qint64 templateId);

    qint64 interviewId() const { return m_interviewId; }
    MessageKind kind() const;
    qint64 templateId() const;
    QPlainTextEdit *editor() const { return m_editor; }
    // The message as it would be sent, and what it still lacks.
    TemplateRenderer::Rendered rendered() const;
    QString subject() const;
    QUrl mailtoUrl() const;

    void copyToClipboard();
    void openInMailApp();
    void markSent();
    // Writes a draft typed since the last save now (it is otherwise saved shortly after typing).
    // False when it could not be written: the draft is then kept in memory, shown again when
    // its interview and kind are, and written with the next save that succeeds.
    bool saveDraft();
    // Drafts that could not be written to the database (read-only, full disk), held in memory.
    int unsavedDraftCount() const { return int(m_unwritten.size()); }
    // The fields filled in from outside the interview (My Profile) may have changed.
    void refreshValues();
    Channel channel() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void refreshInterviews();
    void showDraftOrTemplate();
    void refill();
    std::optional<Contact> recipient(const Interview &interview) const;
    void updateRecipient();
    void chooseTemplate(int row, bool templateEdited = false);
    int shownRowOf(qint64 templateId) const;
    MessageValues fillFromChosenTemplate();
    void textEdited();
    bool writeDraft(MessageDraft draft, QString *error);
    void updateReport();
    void newTemplate();
    void editTemplate();
    void deleteTemplate();
    void restoreTemplates();
    bool confirmIncomplete(const QString &action);
    MessageValues values() const;

    Workspace *m_workspace;
    qint64 m_interviewId = 0;
    MessageKind m_shownKind = MessageKind::Outreach; // the kind whose draft the editor holds
    qint64 m_shownTemplateId = 0; // the template last chosen, to go back to when replacing is declined
    bool m_filling = false; // the text is being set by the composer, not typed
    bool m_ownWrite = false; // this composer is writing the draft: no need to show it again
    bool m_unsaved = false; // typed since the last saveDraft()
    QString m_filledSubject; // the text the template filled in, to tell whether the user wrote any
    QString m_filledBody;
    QTimer m_saveTimer;
    QHash<QPair<qint64, int>, MessageDraft> m_unwritten; // by interview and int(MessageKind)
    // The text a template replaced, so that Ctrl+Z in the message brings the subject back too.
    std::optional<MessageDraft> m_beforeTemplate;
    TemplateListModel *m_templates;
    QSortFilterProxyModel *m_templatesOfKind;

    QComboBox *m_interview;
    QComboBox *m_kind;
    QComboBox *m_template;
    QLabel *m_recipient;
    QLineEdit *m_subject;
    QPlainTextEdit *m_editor;
    MessageHighlighter *m_highlighter;
    QTextEdit *m_preview;
    QListWidget *m_report;
    QPushButton *m_copy;
    QPushButton *m_mail;
    QPushButton *m_sent;
    QComboBox *m_channel;
    QToolButton *m_insert;
};

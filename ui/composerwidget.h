#pragma once

#include "messages/messagetemplate.h"
#include "messages/messagevalues.h"
#include "messages/templaterenderer.h"

#include <QUrl>
#include <QWidget>

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
// follow every keystroke. Copy it, open it in the mail app, then mark it as sent.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(Workspace *workspace, QWidget *parent = nullptr);

    // Picks the interview, the message it is waiting for and that kind's first template.
    void setInterview(qint64 interviewId);
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

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refreshInterviews();
    void refill();
    void updateReport();
    void newTemplate();
    void editTemplate();
    void deleteTemplate();
    void restoreTemplates();
    bool confirmIncomplete(const QString &action);
    MessageValues values() const;

    Workspace *m_workspace;
    qint64 m_interviewId = 0;
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
    QToolButton *m_insert;
};

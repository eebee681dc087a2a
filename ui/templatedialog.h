#pragma once

#include "messages/messagetemplate.h"

#include <QDialog>

struct Workspace;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Adds or edits a message template: its kind, name, subject and body, the body highlighted
// like the composer's editor, with a menu to insert fields. Fields Coffee Chat does not know
// are pointed out while typing.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateDialog(Workspace *workspace, const MessageTemplate &messageTemplate, QWidget *parent = nullptr);

    MessageTemplate messageTemplate() const;

private:
    void updateState();

    MessageTemplate m_template;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_problems;
    QPushButton *m_ok = nullptr;
};

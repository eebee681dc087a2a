#pragma once

#include "domain/question.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;

// Adds or edits one bank question. OK stays disabled until there is a question to ask.
class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionDialog(const Question &question, const QStringList &categories, QWidget *parent = nullptr);

    Question question() const;

private:
    void updateOkButton();

    Question m_question;
    QPlainTextEdit *m_text;
    QComboBox *m_category;
    QComboBox *m_tiara;
    QPlainTextEdit *m_notes;
    QCheckBox *m_favourite;
    QPushButton *m_ok = nullptr;
};

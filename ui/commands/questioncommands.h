#pragma once

#include "domain/question.h"

#include <QList>
#include <QString>

class InterviewStore;
class QuestionStore;
class QUndoStack;

// The undo layer for the question bank and interview plans, like InterviewCommands: each
// function writes once and, only on success, pushes a command that can take the write back.
namespace QuestionCommands {

bool addQuestion(QUndoStack *stack, QuestionStore *store, Question &question, QString *error = nullptr);
bool editQuestion(QUndoStack *stack, QuestionStore *store, const Question &edited, QString *error = nullptr);
bool setFavourite(QUndoStack *stack, QuestionStore *store, const QList<qint64> &ids, bool favourite,
                  QString *error = nullptr);
bool removeQuestions(QUndoStack *stack, QuestionStore *store, const QList<qint64> &ids, QString *error = nullptr);
// Adds the questions not yet in the bank; returns how many were added, or -1 on failure.
int importQuestions(QUndoStack *stack, QuestionStore *store, QList<Question> questions, const QString &fileName,
                    QString *error = nullptr);
int restoreDefaults(QUndoStack *stack, QuestionStore *store, QString *error = nullptr);

bool setPlan(QUndoStack *stack, InterviewStore *store, qint64 interviewId, const QList<PlannedQuestion> &plan,
             const QString &description, QString *error = nullptr);

} // namespace QuestionCommands

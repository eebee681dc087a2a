#pragma once

#include "domain/question.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

// The questions of one conversation (or a practice run of it), as the conversation view goes
// through them: each with its TIARA tag from the bank, whether it was asked or skipped, and the
// notes written on it. The model holds the working copy; the view saves it.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StateRole = Qt::UserRole + 1, // QuestionState as int
        NotesRole, // the notes written on it (also Qt::EditRole's value)
        TiaraRole, // Tiara as int
        QuestionTextRole, // the question alone, without its number
    };

    explicit ConversationModel(QObject *parent = nullptr);

    // The questions, and the TIARA tag of each bank question by its id.
    void setQuestions(const QList<PlannedQuestion> &questions, const QHash<qint64, Tiara> &tiara = {});
    QList<PlannedQuestion> questions() const { return m_questions; }
    Tiara tiara(int row) const;
    void setState(int row, QuestionState state);
    void setNotes(int row, const QString &notes);
    int count(QuestionState state) const;
    // The first question still open after `row` (wrapping round), or -1 when all are done.
    int nextOpen(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<PlannedQuestion> m_questions;
    QHash<qint64, Tiara> m_tiara;
};

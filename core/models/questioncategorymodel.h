#pragma once

#include "models/questionfiltermodel.h"

#include <QAbstractListModel>
#include <QList>

class QuestionBankModel;

// The list beside the question bank: all questions, the favourites, then each category in
// use, each with how many questions it holds. Follows the bank model.
class QuestionCategoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ScopeKindRole = Qt::UserRole + 1, CategoryRole };

    explicit QuestionCategoryModel(QuestionBankModel *bank, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QuestionFilterModel::Scope scope(int row) const;
    int rowOf(const QuestionFilterModel::Scope &scope) const; // -1 when gone

private:
    struct Entry {
        QuestionFilterModel::Scope scope;
        int count = 0;
    };
    QList<Entry> entries() const;
    void refresh();

    QuestionBankModel *m_bank;
    QList<Entry> m_entries;
};

#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

// The question bank narrowed to one category (or the favourites) and to the questions that
// contain every word typed in the search box, sorted by category and then question.
class QuestionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuestionFilterModel(QObject *parent = nullptr);

    // What the category list selects: every question, the favourites, or one category.
    struct Scope {
        enum Kind { All, Favourites, Category } kind = All;
        QString category;
        bool operator==(const Scope &other) const = default;
    };
    void setScope(const Scope &scope);
    Scope scope() const { return m_scope; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Scope m_scope;
    QStringList m_words;
    QCollator m_collator;
};

#pragma once

#include "domain/question.h"

#include <QAbstractTableModel>
#include <QList>

class InterviewStore;
class QuestionStore;

// The question bank as a table, following the store row by row. Usage counts follow the
// interviews' plans. Dragging rows carries their ids as MimeType (and the texts as plain
// text, so they can be dropped into any editor too).
class QuestionBankModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FavouriteColumn, TextColumn, CategoryColumn, TiaraColumn, UsageColumn, ColumnCount };
    enum Role {
        QuestionIdRole = Qt::UserRole + 1,
        FavouriteRole,
        CategoryRole,
        SearchTextRole, // everything the search box looks in
    };
    Q_ENUM(Column)

    static inline const QString MimeType = QStringLiteral("application/x-coffeechat-question-ids");

    QuestionBankModel(QuestionStore *questions, InterviewStore *interviews, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    static QList<qint64> idsFromMime(const QMimeData *mime);

    Question question(int row) const { return m_questions.at(row); }
    QList<Question> questions() const { return m_questions; }
    int rowOf(qint64 id) const;
    void reload();

private:
    void onInserted(const QList<qint64> &ids);
    void onUpdated(qint64 id);
    void onRemoved(const QList<qint64> &ids);
    void refreshUsage();

    QuestionStore *m_store;
    QList<Question> m_questions;
};

#include "models/questionbankmodel.h"

#include "models/idmime.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"

#include <QHash>
#include <QMimeData>

QuestionBankModel::QuestionBankModel(QuestionStore *questions, InterviewStore *interviews, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(questions)
{
    connect(m_store, &QuestionStore::questionsInserted, this, &QuestionBankModel::onInserted);
    connect(m_store, &QuestionStore::questionUpdated, this, &QuestionBankModel::onUpdated);
    connect(m_store, &QuestionStore::questionsRemoved, this, &QuestionBankModel::onRemoved);
    if (interviews) {
        // A plan that changes, or an interview that goes, changes how often questions are used.
        connect(interviews, &InterviewStore::planChanged, this, &QuestionBankModel::refreshUsage);
        connect(interviews, &InterviewStore::interviewRemoved, this, &QuestionBankModel::refreshUsage);
        connect(interviews, &InterviewStore::interviewInserted, this, &QuestionBankModel::refreshUsage);
    }
    reload();
}

void QuestionBankModel::reload()
{
    beginResetModel();
    m_questions = m_store->all();
    endResetModel();
}

int QuestionBankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int QuestionBankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionBankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FavouriteColumn:
            return q.favourite ? QStringLiteral("★") : QString();
        case TextColumn:
            return q.text;
        case CategoryColumn:
            return q.category;
        case TiaraColumn:
            return q.tiara == Tiara::None ? QString() : TiaraNames::displayName(q.tiara);
        case UsageColumn:
            return q.usageCount;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FavouriteColumn:
            return q.favourite ? tr("Favourite") : QString();
        case TiaraColumn:
            return TiaraNames::description(q.tiara);
        case UsageColumn:
            return tr("Used in %n interview plan(s)", nullptr, q.usageCount);
        default:
            return q.notes.isEmpty() ? q.text : tr("%1\n\nNote: %2").arg(q.text, q.notes);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == UsageColumn || index.column() == FavouriteColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case QuestionIdRole:
        return q.id;
    case FavouriteRole:
        return q.favourite;
    case CategoryRole:
        return q.category;
    case SearchTextRole:
        return QStringList({q.text, q.category, q.notes, TiaraNames::displayName(q.tiara)}).join(QLatin1Char('\n'));
    }
    return {};
}

QVariant QuestionBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FavouriteColumn:
            return QStringLiteral("★");
        case TextColumn:
            return tr("Question");
        case CategoryColumn:
            return tr("Category");
        case TiaraColumn:
            return tr("TIARA");
        case UsageColumn:
            return tr("Used");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FavouriteColumn:
            return tr("Favourite");
        case TiaraColumn:
            return tr("Trends, Insights, Advice, Resources, Assignments: mix them for a good conversation");
        case UsageColumn:
            return tr("How many interview plans use the question");
        }
    }
    return {};
}

Qt::ItemFlags QuestionBankModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList QuestionBankModel::mimeTypes() const
{
    return {MimeType, QStringLiteral("text/plain")};
}

QMimeData *QuestionBankModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    // The order the user sees: selection order is not row order.
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    QStringList texts;
    for (int row : std::as_const(rows)) {
        ids << m_questions.at(row).id;
        texts << m_questions.at(row).text;
    }
    auto *mime = new QMimeData;
    IdMime::store(mime, MimeType, ids);
    mime->setText(texts.join(QLatin1Char('\n')));
    return mime;
}

QList<qint64> QuestionBankModel::idsFromMime(const QMimeData *mime)
{
    return IdMime::read(mime, MimeType);
}

int QuestionBankModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_questions.size(); ++row) {
        if (m_questions.at(row).id == id)
            return row;
    }
    return -1;
}

void QuestionBankModel::onInserted(const QList<qint64> &ids)
{
    // Appended; the views sort through a proxy.
    const QList<Question> added = m_store->questions(ids);
    if (added.isEmpty())
        return;
    const int first = int(m_questions.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_questions += added;
    endInsertRows();
}

void QuestionBankModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Question> updated = m_store->question(id);
    if (row < 0 || !updated)
        return;
    m_questions[row] = *updated;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QuestionBankModel::onRemoved(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_questions.removeAt(row);
        endRemoveRows();
    }
}

void QuestionBankModel::refreshUsage()
{
    QHash<qint64, int> usage;
    for (const Question &q : m_store->all())
        usage.insert(q.id, q.usageCount);
    for (int row = 0; row < m_questions.size(); ++row) {
        Question &q = m_questions[row];
        const int count = usage.value(q.id, q.usageCount);
        if (count != q.usageCount) {
            q.usageCount = count;
            const QModelIndex changed = index(row, UsageColumn);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

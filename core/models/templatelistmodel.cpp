#include "models/templatelistmodel.h"

#include "storage/templatestore.h"

#include <QCollator>

TemplateListModel::TemplateListModel(TemplateStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &TemplateStore::templatesInserted, this, &TemplateListModel::onInserted);
    connect(m_store, &TemplateStore::templateUpdated, this, &TemplateListModel::onUpdated);
    connect(m_store, &TemplateStore::templatesRemoved, this, &TemplateListModel::onRemoved);
    reload();
}

void TemplateListModel::reload()
{
    beginResetModel();
    m_templates = m_store->all();
    endResetModel();
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case Qt::ToolTipRole:
        return t.subject.isEmpty() ? t.name : tr("%1\nSubject: %2").arg(t.name, t.subject);
    case TemplateIdRole:
        return t.id;
    case KindKeyRole:
        return MessageKindNames::key(t.kind);
    case KindNameRole:
        return MessageKindNames::displayName(t.kind);
    case SubjectRole:
        return t.subject;
    case BodyRole:
        return t.body;
    case ShippedRole:
        return t.isShipped();
    }
    return {};
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TemplateIdRole, "templateId");
    names.insert(KindKeyRole, "kindKey");
    names.insert(KindNameRole, "kindName");
    names.insert(SubjectRole, "subject");
    names.insert(BodyRole, "body");
    names.insert(ShippedRole, "shipped");
    return names;
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return row;
    }
    return -1;
}

// Where the template belongs among the others: the same order as TemplateStore::all().
int TemplateListModel::sortedRow(const MessageTemplate &messageTemplate) const
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QList<MessageKind> order = MessageKindNames::all();
    const auto before = [&](const MessageTemplate &a, const MessageTemplate &b) {
        if (a.kind != b.kind)
            return order.indexOf(a.kind) < order.indexOf(b.kind);
        return collator.compare(a.name, b.name) < 0;
    };
    int row = 0;
    while (row < m_templates.size() && !before(messageTemplate, m_templates.at(row)))
        ++row;
    return row;
}

void TemplateListModel::onInserted(const QList<qint64> &ids)
{
    for (const MessageTemplate &t : m_store->templates(ids)) {
        if (rowOf(t.id) >= 0)
            continue;
        const int row = sortedRow(t);
        beginInsertRows({}, row, row);
        m_templates.insert(row, t);
        endInsertRows();
    }
}

void TemplateListModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<MessageTemplate> updated = m_store->messageTemplate(id);
    if (row < 0 || !updated)
        return;
    // A new name or kind can move it; moving keeps the selection on it in the views.
    const MessageTemplate old = m_templates.takeAt(row);
    const int newRow = sortedRow(*updated);
    m_templates.insert(row, old);
    if (newRow != row) {
        beginMoveRows({}, row, row, {}, newRow > row ? newRow + 1 : newRow);
        m_templates.move(row, newRow);
        endMoveRows();
    }
    m_templates[newRow] = *updated;
    const QModelIndex changed = index(newRow);
    Q_EMIT dataChanged(changed, changed);
}

void TemplateListModel::onRemoved(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_templates.removeAt(row);
        endRemoveRows();
    }
}

#include "models/targetsuggestionmodel.h"

#include "domain/companyname.h"
#include "models/networkcache.h"

TargetSuggestionModel::TargetSuggestionModel(NetworkCache *network, QObject *parent)
    : QAbstractTableModel(parent)
    , m_network(network)
{
    connect(m_network, &NetworkCache::changed, this, &TargetSuggestionModel::reload);
    reload();
}

void TargetSuggestionModel::setRoles(const QStringList &roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    reload();
}

void TargetSuggestionModel::reload()
{
    beginResetModel();
    const Network &network = m_network->network();
    m_rows.clear();
    // A typed name whose employer has since come into the network is that employer's row now.
    m_typed.removeIf([&network](const Row &row) { return network.employer(row.name) != nullptr; });
    m_rows = m_typed;
    const QList<Network::Suggestion> suggestions = network.suggestTargets(m_roles);
    m_rows.reserve(m_rows.size() + suggestions.size());
    for (const Network::Suggestion &s : suggestions) {
        const Network::Employer &e = network.employers().at(s.employer);
        m_rows << Row{e.name, e.key, e.spellings, e.people(), e.close, s.relevant, false};
    }
    // A checked employer nobody in the network works at any more is no longer on the list.
    QSet<QString> keys;
    keys.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        keys.insert(row.key);
    const qsizetype before = m_checked.size();
    m_checked.intersect(keys);
    endResetModel();
    if (m_checked.size() != before)
        Q_EMIT checkedChanged();
}

int TargetSuggestionModel::insertTyped(const QString &name, const QString &key)
{
    beginInsertRows({}, 0, 0);
    const Row added{name, key, {name}, 0, 0, 0, true};
    m_typed.prepend(added);
    m_rows.prepend(added);
    endInsertRows();
    return 0;
}

int TargetSuggestionModel::rowOfKey(const QString &key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return int(row);
    }
    return -1;
}

void TargetSuggestionModel::preselect(const QStringList &names, int count)
{
    QSet<QString> checked;
    for (const QString &name : names) {
        const QString key = CompanyName::key(name.simplified());
        if (key.isEmpty())
            continue;
        if (rowOfKey(key) < 0) // a target where nobody is known: its own row
            insertTyped(name.simplified(), key);
        checked.insert(key);
    }
    for (qsizetype row = 0; row < m_rows.size() && checked.size() < count; ++row) {
        if (!m_rows.at(row).typed)
            checked.insert(m_rows.at(row).key);
    }
    if (checked == m_checked)
        return;
    m_checked = checked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int TargetSuggestionModel::addName(const QString &typed)
{
    const QString name = typed.simplified();
    const QString key = CompanyName::key(name);
    if (key.isEmpty())
        return -1;
    int row = rowOfKey(key);
    if (row < 0)
        row = insertTyped(name, key);
    if (!m_checked.contains(key)) {
        m_checked.insert(key);
        Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::CheckStateRole});
        Q_EMIT checkedChanged();
    }
    return row;
}

QStringList TargetSuggestionModel::checkedNames() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (m_checked.contains(row.key))
            names << row.name;
    }
    return names;
}

int TargetSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case SpellingsRole:
        return row.spellings;
    case SearchTextRole:
        return row.spellings.join(QLatin1Char('\n'));
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(m_checked.contains(row.key) ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RelevantColumn && !m_roles.isEmpty())
            return tr("People there whose position matches what you are exploring: %1")
                .arg(m_roles.join(QStringLiteral(", ")));
        if (row.spellings.size() > 1)
            return tr("Written in your contacts as: %1").arg(row.spellings.join(QStringLiteral(", ")));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case PeopleColumn:
            return Network::advocacyText(row.people, row.close);
        case RelevantColumn:
            return row.relevant > 0 ? QVariant(row.relevant) : QVariant(QStringLiteral("–"));
        }
        return {};
    }
    return {};
}

bool TargetSuggestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &key = m_rows.at(index.row()).key;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == m_checked.contains(key))
        return true;
    if (check)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags TargetSuggestionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TargetSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Employer");
    case PeopleColumn:
        return tr("People you know");
    case RelevantColumn:
        return tr("In your field");
    }
    return {};
}

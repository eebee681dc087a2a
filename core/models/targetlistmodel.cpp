#include "models/targetlistmodel.h"

#include "models/networkcache.h"
#include "storage/organisationstore.h"

#include <QCollator>

#include <algorithm>

TargetListModel::TargetListModel(OrganisationStore *organisations, NetworkCache *network, QObject *parent)
    : QAbstractTableModel(parent)
    , m_organisations(organisations)
    , m_network(network)
{
    connect(m_organisations, &OrganisationStore::organisationInserted, this, &TargetListModel::scheduleReload);
    connect(m_organisations, &OrganisationStore::organisationUpdated, this, &TargetListModel::scheduleReload);
    connect(m_organisations, &OrganisationStore::organisationRemoved, this, &TargetListModel::scheduleReload);
    connect(m_network, &NetworkCache::changed, this, &TargetListModel::scheduleReload);
    reload();
}

// From the event loop, once: an edit in place is written from inside setData(), which is no
// place to reset the model; and an undo of many changes reloads once.
void TargetListModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(this, &TargetListModel::reload, Qt::QueuedConnection);
}

void TargetListModel::reload()
{
    m_reloadPending = false;
    QList<Row> rows;
    const Network &network = m_network->network();
    for (const Organisation &o : m_organisations->all()) {
        if (!o.target)
            continue;
        Row row;
        row.organisation = o;
        if (const Network::Employer *employer = network.employer(o.name)) {
            row.people = employer->people();
            row.close = employer->close;
            row.spellings = employer->spellings;
        }
        rows << row;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.organisation.motivation != b.organisation.motivation)
            return a.organisation.motivation > b.organisation.motivation;
        if (a.organisation.posting != b.organisation.posting)
            return int(a.organisation.posting) > int(b.organisation.posting);
        if (a.close != b.close)
            return a.close > b.close;
        if (a.people != b.people)
            return a.people > b.people;
        return collator.compare(a.organisation.name, b.organisation.name) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetListModel::motivationText(int motivation)
{
    const int stars = std::clamp(motivation, 0, Organisation::MaximumMotivation);
    return QString(stars, QChar(0x2605)) + QString(Organisation::MaximumMotivation - stars, QChar(0x2606));
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Organisation &o = row.organisation;
    const bool active = index.row() < ActiveCount;
    switch (role) {
    case OrganisationIdRole:
        return o.id;
    case ActiveRole:
        return active;
    case PeopleRole:
        return row.people;
    case CloseRole:
        return row.close;
    case ChoicesRole:
        if (index.column() == MotivationColumn) {
            QStringList choices;
            for (int m = 0; m <= Organisation::MaximumMotivation; ++m)
                choices << motivationText(m);
            return choices;
        }
        if (index.column() == PostingColumn) {
            QStringList choices;
            for (Posting p : PostingNames::all())
                choices << PostingNames::displayName(p);
            return choices;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == MotivationColumn)
            return o.motivation;
        if (index.column() == PostingColumn)
            return int(o.posting);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == MotivationColumn)
            return tr("Motivation %1 of %2").arg(o.motivation).arg(Organisation::MaximumMotivation);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return active ? tr("One of your five active employers: contact one person there at a time")
                          : tr("Waiting: becomes active when it is among your top five");
        case AdvocacyColumn:
            if (row.spellings.size() > 1)
                return tr("Written in your contacts as: %1").arg(row.spellings.join(QStringLiteral(", ")));
            return tr("People you know there; close: friends, family, alumni, referrals, colleagues, professors");
        case MotivationColumn:
            return tr("How much you want to work there: %1 of %2. Double-click to change.")
                .arg(o.motivation)
                .arg(Organisation::MaximumMotivation);
        case PostingColumn:
            return tr("Whether they have an opening like the ones you are exploring. Double-click to change.");
        default:
            return o.name;
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return o.name;
        case StatusColumn:
            return active ? tr("Active") : QString();
        case AdvocacyColumn:
            return Network::advocacyText(row.people, row.close);
        case MotivationColumn:
            return motivationText(o.motivation);
        case PostingColumn:
            return PostingNames::displayName(o.posting);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TargetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Employer");
    case StatusColumn:
        return tr("Status");
    case AdvocacyColumn:
        return tr("People you know");
    case MotivationColumn:
        return tr("Motivation");
    case PostingColumn:
        return tr("Opening");
    }
    return {};
}

Qt::ItemFlags TargetListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_write && (index.column() == MotivationColumn || index.column() == PostingColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_write
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Organisation edited = m_rows.at(index.row()).organisation;
    const int choice = value.toInt();
    if (index.column() == MotivationColumn) {
        if (choice < 0 || choice > Organisation::MaximumMotivation)
            return false;
        edited.motivation = choice;
    } else if (index.column() == PostingColumn) {
        const QList<Posting> postings = PostingNames::all();
        if (choice < 0 || choice >= postings.size())
            return false;
        edited.posting = postings.at(choice);
    } else {
        return false;
    }
    if (edited == m_rows.at(index.row()).organisation)
        return true;
    QString error;
    if (!m_write(edited, &error)) {
        Q_EMIT writeFailed(error);
        return false;
    }
    return true; // the store's signal brings the row up to date (and in its new place)
}

int TargetListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).organisation.id == id)
            return row;
    }
    return -1;
}

QList<qint64> TargetListModel::activeIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < std::min<qsizetype>(ActiveCount, m_rows.size()); ++row)
        ids << m_rows.at(row).organisation.id;
    return ids;
}

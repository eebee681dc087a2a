#include "models/starterlistmodel.h"

#include "models/networkcache.h"
#include "storage/interviewstore.h"
#include "workflow/reminders.h"

StarterListModel::StarterListModel(NetworkCache *network, InterviewStore *interviews, QObject *parent)
    : QAbstractTableModel(parent)
    , m_network(network)
    , m_interviews(interviews)
{
    connect(m_network, &NetworkCache::changed, this, &StarterListModel::reload);
    for (auto signal :
         {&InterviewStore::interviewInserted, &InterviewStore::interviewUpdated, &InterviewStore::interviewRemoved})
        connect(m_interviews, signal, this, [this] {
            reloadInterviews();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, InterviewColumn), index(rowCount() - 1, AnswersColumn));
        });
    reloadInterviews();
}

void StarterListModel::setEmployer(const QString &name)
{
    if (name == m_employer)
        return;
    m_employer = name;
    reload();
}

void StarterListModel::setRoles(const QStringList &roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    reload();
}

void StarterListModel::reload()
{
    QList<Starters::Starter> rows;
    if (!m_employer.trimmed().isEmpty())
        rows = Starters::rank(m_network->network().peopleAt(m_employer), m_roles);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void StarterListModel::reloadInterviews()
{
    m_interviewOf.clear();
    m_answering.clear();
    const QList<Interview> all = m_interviews->all();
    const QHash<qint64, Answering::Kind> answering = Answering::byContact(all, ReminderSettings::load());
    for (auto it = answering.cbegin(); it != answering.cend(); ++it)
        m_answering.insert(it.key(), Answering::text(it.value()));
    for (const Interview &i : all) {
        if (!i.contactId)
            continue;
        Latest &latest = m_interviewOf[i.contactId];
        if (i.id > latest.id) {
            latest.id = i.id;
            latest.active = i.isActive();
            latest.text =
                i.isActive() ? tr("At %1").arg(StepNames::displayName(i.step)) : StepNames::displayName(i.step);
        }
    }
}

int StarterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StarterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StarterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Starters::Starter &s = m_rows.at(index.row());
    if (role == ContactIdRole)
        return s.person.contactId;
    if (role == InterviewIdRole)
        return m_interviewOf.value(s.person.contactId).id;
    if (role == InterviewActiveRole)
        return m_interviewOf.value(s.person.contactId).active;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.person.name;
    case WhyColumn:
        return s.reason;
    case PositionColumn:
        return s.person.position;
    case InterviewColumn:
        return m_interviewOf.value(s.person.contactId).text;
    case AnswersColumn:
        return m_answering.value(s.person.contactId);
    }
    return {};
}

QVariant StarterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case WhyColumn:
        return tr("Why them");
    case PositionColumn:
        return tr("Position");
    case InterviewColumn:
        return tr("Interview");
    case AnswersColumn:
        return tr("Answers");
    }
    return {};
}

int StarterListModel::firstWithoutInterview() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_interviewOf.contains(m_rows.at(row).person.contactId))
            return row;
    }
    return -1;
}

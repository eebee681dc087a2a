#include "models/interviewlistmodel.h"

#include "models/idmime.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QLocale>
#include <QMimeData>

InterviewListModel::InterviewListModel(InterviewStore *interviews, ContactStore *contacts,
                                       OrganisationStore *organisations, Clock clock, Loading loading, QObject *parent)
    : QAbstractTableModel(parent)
    , m_interviews(interviews)
    , m_contacts(contacts)
    , m_organisations(organisations)
    , m_clock(std::move(clock))
{
    connect(m_interviews, &InterviewStore::interviewInserted, this, &InterviewListModel::onInserted);
    connect(m_interviews, &InterviewStore::interviewUpdated, this, &InterviewListModel::onUpdated);
    connect(m_interviews, &InterviewStore::interviewRemoved, this, &InterviewListModel::onRemoved);
    // A reminder marked done, snoozed or dismissed is no longer the card's next thing to do.
    connect(m_interviews, &InterviewStore::reminderActionsChanged, this, [this](qint64 id) {
        m_actions = m_interviews->reminderActions();
        onUpdated(id);
    });
    // Names shown on the cards come from contacts and organisations.
    connect(m_contacts, &ContactStore::contactsUpdated, this, &InterviewListModel::refreshDueStates);
    connect(m_organisations, &OrganisationStore::organisationUpdated, this, &InterviewListModel::refreshDueStates);
    connect(m_organisations, &OrganisationStore::organisationRemoved, this, [this](qint64 removed) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).interview.organisationId == removed)
                onUpdated(m_rows.at(row).interview.id);
        }
    });
    if (loading == Loading::InBackground)
        m_read.startFromEventLoop();
    else
        reload();
}

void InterviewListModel::reload()
{
    setListing(m_interviews->listing());
}

void InterviewListModel::setListing(const InterviewListing &listing)
{
    beginResetModel();
    m_actions = listing.reminderActions;
    m_rows.clear();
    m_rows.reserve(listing.interviews.size());
    for (const Interview &interview : listing.interviews)
        m_rows << makeRow(interview, listing.names.value(interview.id));
    endResetModel();
}

InterviewListModel::Row InterviewListModel::makeRow(const Interview &interview, const InterviewNames &names) const
{
    Row row;
    row.interview = interview;
    row.person = names.person;
    row.organisation = names.organisation;
    // The most pressing reminder: what there is to do now, else the soonest still to come.
    const QDateTime now = m_clock();
    row.next = Reminders::next(interview, m_settings, now, m_actions);
    if (!row.next) {
        const QDate today = now.toLocalTime().date();
        for (const Reminder &r : Reminders::forInterview(interview, m_settings, now)) {
            if (!r.isActionable(today) && !m_actions.hides(r, today) && (!row.next || r.due < row.next->due))
                row.next = r;
        }
    }
    return row;
}

InterviewListModel::DueState InterviewListModel::dueState(const Row &row) const
{
    if (!row.next)
        return DueState::Nothing;
    const QDate today = m_clock().toLocalTime().date();
    if (row.next->due < today)
        return DueState::Overdue;
    if (row.next->due == today)
        return DueState::DueToday;
    return row.next->isActionable(today) ? DueState::Open : DueState::Upcoming;
}

int InterviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Interview &i = row.interview;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case PersonColumn:
            return row.person.isEmpty() ? tr("(nobody chosen yet)") : row.person;
        case OrganisationColumn:
            return row.organisation;
        case TopicColumn:
            return i.topic;
        case StepColumn:
            if (role == SortRole)
                return int(i.step);
            return StepNames::isActive(i.step)
                ? tr("%1. %2").arg(StepNames::number(i.step)).arg(StepNames::displayName(i.step))
                : StepNames::displayName(i.step);
        case NextColumn:
            if (!row.next)
                return role == SortRole ? QVariant(QDate(9999, 12, 31)) : QVariant(QString());
            if (role == SortRole)
                return row.next->due;
            return tr("%1 (%2)").arg(Reminders::title(row.next->kind),
                                     QLocale().toString(row.next->due, QLocale::ShortFormat));
        }
        break;
    case InterviewIdRole:
        return i.id;
    case StepRole:
        return int(i.step);
    case OrganisationIdRole:
        return i.organisationId;
    case DueStateRole:
        return int(dueState(row));
    case NextReminderRole:
        return row.next ? Reminders::title(row.next->kind) : QString();
    case CardStatusRole:
        if (!i.isActive()) {
            // How it ended, and what there is still to do about it ("Declined · 2 days overdue").
            if (row.next)
                return tr("%1 · %2").arg(StepNames::displayName(i.step), Reminders::whenText(*row.next, m_clock()));
            return i.closedOn.isValid()
                ? tr("%1 on %2")
                      .arg(StepNames::displayName(i.step), QLocale().toString(i.closedOn, QStringLiteral("d MMM")))
                : StepNames::displayName(i.step);
        }
        return row.next ? Reminders::whenText(*row.next, m_clock()) : QString();
    case Qt::AccessibleTextRole: {
        // Everything the card shows, for a screen reader.
        QStringList parts{row.person.isEmpty() ? tr("nobody chosen yet") : row.person};
        for (const QString &part : {row.organisation, i.topic.trimmed()}) {
            if (!part.isEmpty())
                parts << part;
        }
        parts << (i.isActive() ? tr("step %1, %2").arg(StepNames::number(i.step)).arg(StepNames::displayName(i.step))
                               : StepNames::displayName(i.step));
        if (row.next && i.isActive())
            parts << tr("%1, %2").arg(Reminders::title(row.next->kind), Reminders::whenText(*row.next, m_clock()));
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case OrganisationColumn:
        return tr("Organisation");
    case TopicColumn:
        return tr("Topic");
    case StepColumn:
        return tr("Step");
    case NextColumn:
        return tr("Next");
    }
    return {};
}

Qt::ItemFlags InterviewListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList InterviewListModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *InterviewListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(InterviewIdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    IdMime::store(mime, MimeType, ids);
    return mime;
}

QList<qint64> InterviewListModel::idsFromMime(const QMimeData *mime)
{
    return IdMime::read(mime, MimeType);
}

void InterviewListModel::setReminderSettings(const ReminderSettings &settings)
{
    m_settings = settings;
    if (!m_read.isLoading()) // a load on its way makes its rows with these settings
        refreshDueStates();
}

void InterviewListModel::refreshDueStates()
{
    if (m_read.changedWhileLoading())
        return;
    const QHash<qint64, InterviewNames> names = m_interviews->names();
    for (Row &row : m_rows)
        row = makeRow(row.interview, names.value(row.interview.id));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Interview InterviewListModel::interview(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).interview : Interview();
}

int InterviewListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).interview.id == id)
            return row;
    }
    return -1;
}

QString InterviewListModel::personName(const Interview &interview) const
{
    const int row = rowOf(interview.id);
    return row >= 0 ? m_rows.at(row).person : QString();
}

QString InterviewListModel::organisationName(const Interview &interview) const
{
    const int row = rowOf(interview.id);
    return row >= 0 ? m_rows.at(row).organisation : QString();
}

void InterviewListModel::onInserted(qint64 id)
{
    if (m_read.changedWhileLoading())
        return;
    const std::optional<Interview> interview = m_interviews->interview(id);
    if (!interview || rowOf(id) >= 0)
        return;
    // Rows stay in id order, so an undone delete comes back where it was.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).interview.id < id)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*interview, m_interviews->names(id)));
    endInsertRows();
}

void InterviewListModel::onUpdated(qint64 id)
{
    if (m_read.changedWhileLoading())
        return;
    const int row = rowOf(id);
    const std::optional<Interview> interview = m_interviews->interview(id);
    if (row < 0 || !interview)
        return;
    m_rows[row] = makeRow(*interview, m_interviews->names(id));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InterviewListModel::onRemoved(qint64 id)
{
    if (m_read.changedWhileLoading())
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

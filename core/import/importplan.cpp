#include "import/importplan.h"

namespace {

// Re-importing a newer export refreshes what LinkedIn knows better than we do (where people
// work now) and fills gaps, but never overwrites what the user typed in. These are the fields
// ContactBatch::UpdatedFields::FromImport writes.
// The labels are translated only for fields that change: a re-import compares every row.
QStringList mergeFromImport(Contact &target, const Contact &incoming)
{
    QStringList changes;
    auto refresh = [&](QString &field, const QString &value, const char *label) {
        if (!value.isEmpty() && field != value) {
            field = value;
            changes << ImportPlan::tr(label);
        }
    };
    auto fillGap = [&](QString &field, const QString &value, const char *label) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            changes << ImportPlan::tr(label);
        }
    };
    refresh(target.company, incoming.company, QT_TR_NOOP("company"));
    refresh(target.position, incoming.position, QT_TR_NOOP("position"));
    fillGap(target.linkedInUrl, incoming.linkedInUrl, QT_TR_NOOP("LinkedIn URL"));
    fillGap(target.email, incoming.email, QT_TR_NOOP("e-mail"));
    if (!target.connectedOn.isValid() && incoming.connectedOn.isValid()) {
        target.connectedOn = incoming.connectedOn;
        changes << ImportPlan::tr("connected on");
    }
    return changes;
}

} // namespace

ContactMatcher::ContactMatcher(QList<Contact> contacts)
    : m_contacts(std::move(contacts))
{
    m_byUrl.reserve(m_contacts.size());
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const QString url = linkedin::normaliseProfileUrl(m_contacts.at(i).linkedInUrl);
        if (!url.isEmpty())
            m_byUrl.insert(url, i);
    }
}

qsizetype ContactMatcher::find(const QString &url, const QString &email, const Contact &incoming)
{
    if (m_contacts.isEmpty())
        return -1;
    if (!url.isEmpty()) {
        const auto found = m_byUrl.constFind(url);
        if (found != m_byUrl.cend())
            return *found;
    }
    if (!email.isEmpty()) {
        if (!m_byEmail) {
            m_byEmail.emplace();
            for (qsizetype i = 0; i < m_contacts.size(); ++i) {
                const QString key = m_contacts.at(i).email.trimmed().toLower();
                if (!key.isEmpty())
                    m_byEmail->insert(key, i);
            }
        }
        const auto found = m_byEmail->constFind(email);
        if (found != m_byEmail->cend())
            return *found;
    }
    if (!m_byName) {
        m_byName.emplace();
        m_byName->reserve(m_contacts.size());
        for (qsizetype i = 0; i < m_contacts.size(); ++i)
            m_byName->insert(nameCompanyKey(m_contacts.at(i)), i);
    }
    return m_byName->value(nameCompanyKey(incoming), -1);
}

QString ContactMatcher::nameCompanyKey(const Contact &contact)
{
    return nameCompanyKey(contact.firstName, contact.lastName, contact.company);
}

QString ContactMatcher::nameCompanyKey(QStringView firstName, QStringView lastName, QStringView companyName)
{
    const QChar sep(0x1f);
    const QStringView first = firstName.trimmed();
    const QStringView last = lastName.trimmed();
    const QStringView company = companyName.trimmed();
    QString key;
    key.reserve(first.size() + last.size() + company.size() + 2);
    key.append(first).append(sep).append(last).append(sep).append(company);
    return std::move(key).toCaseFolded(); // folds in place
}

ImportPlan ImportPlan::build(const QList<linkedin::Row> &rows, const QList<Contact> &existing)
{
    return build(QList<linkedin::Row>(rows), existing);
}

ImportPlan ImportPlan::build(QList<linkedin::Row> &&rows, const QList<Contact> &existing)
{
    ImportPlanner planner;
    planner.addRows(std::move(rows));
    ContactMatcher matcher(existing);
    planner.planAdded(matcher);
    return planner.takePlan();
}

namespace {

// Rows that cannot become a contact at all.
bool isUnusable(const linkedin::Row &row)
{
    return row.empty || (row.contact.firstName.isEmpty() && row.contact.lastName.isEmpty());
}

} // namespace

void ImportPlanner::reserve(qsizetype rows)
{
    m_plan.m_rows.reserve(rows);
    m_plan.m_outcomes.reserve(rows);
    m_urls.reserve(rows);
    m_emails.reserve(rows);
    m_duplicateOf.reserve(rows);
    m_seenUrl.reserve(rows);
}

void ImportPlanner::addRows(QList<linkedin::Row> &&rows)
{
    const qsizetype first = m_plan.m_rows.size();
    if (first == 0 && m_plan.m_rows.capacity() < rows.size())
        m_plan.m_rows = std::move(rows); // the whole file at once: no copy
    else
        m_plan.m_rows.append(std::move(rows));
    const QList<linkedin::Row> &all = m_plan.m_rows;
    // Room for the rows added, growing as appending would, and not by one part at a time.
    auto makeRoom = [size = all.size()](auto &list) {
        if (list.capacity() < size)
            list.reserve(qMax(size, 2 * list.capacity()));
    };
    makeRoom(m_urls);
    makeRoom(m_emails);
    makeRoom(m_duplicateOf);
    if (m_seenUrl.capacity() < all.size())
        m_seenUrl.reserve(all.size());
    for (qsizetype r = first; r < all.size(); ++r) {
        const linkedin::Row &row = all.at(r);
        const QString &url = m_urls.emplaceBack(linkedin::normaliseProfileUrl(row.contact.linkedInUrl));
        const QString &email = m_emails.emplaceBack(row.contact.email.isEmpty() ? QString()
                                                                                : row.contact.email.trimmed().toLower());
        int &duplicateOf = m_duplicateOf.emplaceBack(0);
        if (isUnusable(row))
            continue;
        if (url.isEmpty() && !m_seenName) {
            // The first row without a URL: from now on names count, those seen so far too.
            m_seenName.emplace();
            m_seenName->reserve(all.size());
            for (qsizetype earlier = 0; earlier < r; ++earlier) {
                if (m_duplicateOf.at(earlier) == 0 && !isUnusable(all.at(earlier)))
                    m_seenName->insert(nameKeyAsRead(earlier), all.at(earlier).line);
            }
            m_nameAsRead = {}; // from now on each row's name is taken as it is added
        }
        if (!url.isEmpty())
            duplicateOf = m_seenUrl.value(url);
        if (!duplicateOf && !email.isEmpty())
            duplicateOf = m_seenEmail.value(email);
        if (!duplicateOf && url.isEmpty())
            duplicateOf = m_seenName->value(ContactMatcher::nameCompanyKey(row.contact));
        if (duplicateOf)
            continue;
        if (!url.isEmpty())
            m_seenUrl.insert(url, row.line);
        if (!email.isEmpty())
            m_seenEmail.insert(email, row.line);
        if (m_seenName)
            m_seenName->insert(ContactMatcher::nameCompanyKey(row.contact), row.line);
    }
}

QString ImportPlanner::nameKeyAsRead(qsizetype r) const
{
    if (const auto read = m_nameAsRead.constFind(r); read != m_nameAsRead.cend())
        return ContactMatcher::nameCompanyKey(read->firstName, read->lastName, read->company);
    // Not planned yet, planned as new (takeAdded() keeps the name and company), or skipped.
    return ContactMatcher::nameCompanyKey(m_plan.m_rows.at(r).contact);
}

void ImportPlanner::planAdded(ContactMatcher &existing)
{
    const QList<Contact> &existingContacts = existing.contacts();
    if (m_updateRowOf.isEmpty())
        m_updateRowOf.fill(-1, existingContacts.size());
    Q_ASSERT(m_updateRowOf.size() == existingContacts.size());
    QList<linkedin::Row> &planRows = m_plan.m_rows;
    QList<ImportPlan::Outcome> &outcomes = m_plan.m_outcomes;
    const qsizetype first = outcomes.size();
    outcomes.resize(planRows.size());

    for (qsizetype r = first; r < planRows.size(); ++r) {
        linkedin::Row &row = planRows[r];
        ImportPlan::Outcome &outcome = outcomes[r];
        const Contact &c = row.contact;

        if (isUnusable(row)) {
            outcome.reason = row.empty ? ImportPlan::tr("empty row (LinkedIn leaves a few rows blank except for the date)")
                                       : ImportPlan::tr("no name");
            continue;
        }
        if (const int duplicateOf = m_duplicateOf.at(r)) {
            outcome.reason = ImportPlan::tr("same person as line %1").arg(duplicateOf);
            continue;
        }

        const qsizetype match = existing.find(m_urls.at(r), m_emails.at(r), c);
        if (match < 0) {
            outcome.action = ImportPlan::Action::Add;
            continue;
        }

        const qsizetype previous = m_updateRowOf.at(match);
        Contact merged = previous >= 0 ? planRows.at(previous).contact : existingContacts.at(match);
        const QStringList changes = mergeFromImport(merged, c);
        if (previous >= 0) {
            // Another row already matched this person: fold this one into it.
            ImportPlan::Outcome &firstMatch = outcomes[previous];
            if (!changes.isEmpty()) {
                Contact &firstContact = planRows[previous].contact;
                // Its contact still has the name key that line had, unless kept already.
                if (!m_seenName && firstContact.company != merged.company && !m_nameAsRead.contains(previous))
                    m_nameAsRead.insert(previous, {firstContact.firstName, firstContact.lastName, firstContact.company});
                firstContact = std::move(merged);
                firstMatch.changes << changes;
                firstMatch.action = ImportPlan::Action::Update;
            }
            outcome.reason = ImportPlan::tr("same person as line %1").arg(planRows.at(previous).line);
        } else {
            // The merged contact has the existing person's name, and their company where the
            // row has none.
            if (!m_seenName
                && (c.firstName != merged.firstName || c.lastName != merged.lastName
                    || (c.company.isEmpty() && !merged.company.isEmpty())))
                m_nameAsRead.insert(r, {c.firstName, c.lastName, c.company});
            // The row now shows the person as they will be after the import.
            row.contact = std::move(merged);
            outcome.changes = changes;
            outcome.action = changes.isEmpty() ? ImportPlan::Action::Unchanged : ImportPlan::Action::Update;
            m_updateRowOf[match] = r;
        }
    }
}

QList<Contact> ImportPlanner::takeAdded()
{
    QList<Contact> added;
    const qsizetype end = m_plan.m_outcomes.size();
    for (qsizetype r = m_plan.m_addsTaken; r < end; ++r) {
        if (m_plan.m_outcomes.at(r).action != ImportPlan::Action::Add)
            continue;
        Contact &kept = m_plan.m_rows[r].contact;
        const Contact &taken = added.emplaceBack(std::move(kept));
        // What a later row without a URL may still be compared with.
        kept.firstName = taken.firstName;
        kept.lastName = taken.lastName;
        kept.company = taken.company;
    }
    m_plan.m_addsTaken = end;
    return added;
}

ImportPlan::Entry ImportPlan::entry(qsizetype index) const
{
    const linkedin::Row &row = m_rows.at(index);
    const Outcome &outcome = m_outcomes.at(index);
    return Entry{row.line, outcome.action, row.contact, outcome.changes, outcome.reason};
}

int ImportPlan::count(Action action) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [action](const Outcome &o) { return o.action == action; }));
}

// The adds and updates of a plan, copied out of a const one and moved out of any other.
template<typename Plan>
ContactBatch ImportPlan::batchOf(Plan &plan)
{
    ContactBatch batch;
    batch.updatedFields = ContactBatch::UpdatedFields::FromImport;
    batch.inserts.reserve(plan.count(Action::Add));
    batch.updates.reserve(plan.count(Action::Update));
    for (qsizetype i = 0; i < plan.m_outcomes.size(); ++i) {
        const Action action = plan.m_outcomes.at(i).action;
        if (action != Action::Update && (action != Action::Add || i < plan.m_addsTaken))
            continue;
        auto &contact = plan.m_rows[i].contact; // const for a const plan, so then it copies
        (action == Action::Add ? batch.inserts : batch.updates) << std::move(contact);
    }
    return batch;
}

ContactBatch ImportPlan::batch() const
{
    return batchOf(*this);
}

ContactBatch ImportPlan::takeBatch()
{
    return batchOf(*this);
}

QString ImportPlan::summary() const
{
    QString text = tr("%1 added, %2 updated, %3 skipped")
                       .arg(count(Action::Add))
                       .arg(count(Action::Update))
                       .arg(count(Action::Skip));
    const int unchanged = count(Action::Unchanged);
    if (unchanged > 0)
        text += tr(", %1 already up to date").arg(unchanged);
    return text;
}

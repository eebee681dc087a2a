#include "import/importplan.h"

namespace {

// Re-importing a newer export refreshes what LinkedIn knows better than we do (where people
// work now) and fills gaps, but never overwrites what the user typed in.
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

ContactMatcher::ContactMatcher(const QList<Contact> &contacts)
    : m_contacts(contacts)
{
    m_byUrl.reserve(contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QString url = linkedin::normaliseProfileUrl(contacts.at(i).linkedInUrl);
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
    const QChar sep(0x1f);
    const QStringView first = QStringView(contact.firstName).trimmed();
    const QStringView last = QStringView(contact.lastName).trimmed();
    const QStringView company = QStringView(contact.company).trimmed();
    QString key;
    key.reserve(first.size() + last.size() + company.size() + 2);
    key.append(first).append(sep).append(last).append(sep).append(company);
    return std::move(key).toCaseFolded(); // folds in place
}

ImportPlan ImportPlan::build(const QList<linkedin::Row> &rows, const QList<Contact> &existing)
{
    return build(QList<linkedin::Row>(rows), existing);
}

ImportPlan ImportPlan::build(QList<linkedin::Row> &&rows, const QList<Contact> &existingContacts)
{
    ContactMatcher existing(existingContacts);
    ImportPlan plan;
    plan.m_entries.reserve(rows.size());

    // Names tell people apart only in rows without a URL, and every row of LinkedIn's current
    // exports has one: then no name keys are made at all.
    QList<QString> urls;
    urls.reserve(rows.size());
    bool someRowHasNoUrl = false;
    for (const linkedin::Row &row : std::as_const(rows)) {
        urls << linkedin::normaliseProfileUrl(row.contact.linkedInUrl);
        someRowHasNoUrl = someRowHasNoUrl || (urls.constLast().isEmpty() && !row.empty);
    }

    // Keys seen earlier in this same file, so a person listed twice is imported once.
    QHash<QString, int> seenUrl, seenEmail, seenName;
    seenUrl.reserve(rows.size());
    if (someRowHasNoUrl)
        seenName.reserve(rows.size());
    // Updates accumulate per existing contact, in case several rows match the same one.
    QHash<qsizetype, int> updateEntryOf;

    for (qsizetype r = 0; r < rows.size(); ++r) {
        linkedin::Row &row = rows[r];
        Entry entry;
        entry.line = row.line;
        const Contact &c = row.contact;

        if (row.empty || (c.firstName.isEmpty() && c.lastName.isEmpty())) {
            entry.reason = row.empty ? tr("empty row (LinkedIn leaves a few rows blank except for the date)")
                                     : tr("no name");
            entry.contact = std::move(row.contact);
            plan.m_entries << std::move(entry);
            continue;
        }

        const QString &url = urls.at(r);
        const QString email = c.email.trimmed().toLower();
        const QString name = someRowHasNoUrl ? ContactMatcher::nameCompanyKey(c) : QString();

        int duplicateOf = 0;
        if (!url.isEmpty())
            duplicateOf = seenUrl.value(url);
        if (!duplicateOf && !email.isEmpty())
            duplicateOf = seenEmail.value(email);
        if (!duplicateOf && url.isEmpty())
            duplicateOf = seenName.value(name);
        if (duplicateOf) {
            entry.reason = tr("same person as line %1").arg(duplicateOf);
            entry.contact = std::move(row.contact);
            plan.m_entries << std::move(entry);
            continue;
        }
        if (!url.isEmpty())
            seenUrl.insert(url, row.line);
        if (!email.isEmpty())
            seenEmail.insert(email, row.line);
        if (someRowHasNoUrl)
            seenName.insert(name, row.line);

        const qsizetype match = existing.find(url, email, c);
        if (match < 0) {
            entry.action = Action::Add;
            entry.contact = std::move(row.contact);
            plan.m_entries << std::move(entry);
            continue;
        }

        const auto previous = updateEntryOf.constFind(match);
        Contact merged = previous != updateEntryOf.cend() ? plan.m_entries.at(*previous).contact
                                                          : existingContacts.at(match);
        const QStringList changes = mergeFromImport(merged, c);
        if (previous != updateEntryOf.cend()) {
            // Another row already matched this person: fold this one into it.
            Entry &first = plan.m_entries[*previous];
            if (!changes.isEmpty()) {
                first.contact = merged;
                first.changes << changes;
                first.action = Action::Update;
            }
            entry.reason = tr("same person as line %1").arg(first.line);
            entry.contact = std::move(row.contact);
        } else {
            entry.contact = std::move(merged);
            entry.changes = changes;
            entry.action = changes.isEmpty() ? Action::Unchanged : Action::Update;
            updateEntryOf.insert(match, int(plan.m_entries.size()));
        }
        plan.m_entries << std::move(entry);
    }
    return plan;
}

int ImportPlan::count(Action action) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [action](const Entry &e) { return e.action == action; }));
}

ContactBatch ImportPlan::batch() const
{
    ContactBatch batch;
    for (const Entry &e : m_entries) {
        if (e.action == Action::Add)
            batch.inserts << e.contact;
        else if (e.action == Action::Update)
            batch.updates << e.contact;
    }
    return batch;
}

ContactBatch ImportPlan::takeBatch()
{
    ContactBatch batch;
    for (Entry &e : m_entries) {
        if (e.action == Action::Add)
            batch.inserts << std::move(e.contact);
        else if (e.action == Action::Update)
            batch.updates << std::move(e.contact);
    }
    return batch;
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

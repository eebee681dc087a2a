#include "import/importplan.h"

namespace {

// Re-importing a newer export refreshes what LinkedIn knows better than we do (where people
// work now) and fills gaps, but never overwrites what the user typed in.
QStringList mergeFromImport(Contact &target, const Contact &incoming)
{
    QStringList changes;
    auto refresh = [&](QString &field, const QString &value, const QString &label) {
        if (!value.isEmpty() && field != value) {
            field = value;
            changes << label;
        }
    };
    auto fillGap = [&](QString &field, const QString &value, const QString &label) {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
            changes << label;
        }
    };
    refresh(target.company, incoming.company, ImportPlan::tr("company"));
    refresh(target.position, incoming.position, ImportPlan::tr("position"));
    fillGap(target.linkedInUrl, incoming.linkedInUrl, ImportPlan::tr("LinkedIn URL"));
    fillGap(target.email, incoming.email, ImportPlan::tr("e-mail"));
    if (!target.connectedOn.isValid() && incoming.connectedOn.isValid()) {
        target.connectedOn = incoming.connectedOn;
        changes << ImportPlan::tr("connected on");
    }
    return changes;
}

} // namespace

ContactMatchKeys ContactMatchKeys::build(const QList<Contact> &contacts)
{
    ContactMatchKeys keys;
    keys.byNameCompany.reserve(contacts.size());
    for (const Contact &c : contacts) {
        const QString url = linkedin::normaliseProfileUrl(c.linkedInUrl);
        const QString email = c.email.trimmed().toLower();
        if (!url.isEmpty())
            keys.byProfileUrl.insert(url, c.id);
        if (!email.isEmpty())
            keys.byEmail.insert(email, c.id);
        keys.byNameCompany.insert(nameCompanyKey(c), c.id);
    }
    return keys;
}

QString ContactMatchKeys::nameCompanyKey(const Contact &contact)
{
    const QChar sep(0x1f);
    return contact.firstName.trimmed().toCaseFolded() + sep + contact.lastName.trimmed().toCaseFolded()
        + sep + contact.company.trimmed().toCaseFolded();
}

ImportPlan ImportPlan::build(const QList<linkedin::Row> &rows, const QList<Contact> &existingContacts)
{
    const ContactMatchKeys existing = ContactMatchKeys::build(existingContacts);
    QHash<qint64, int> indexOfId;
    indexOfId.reserve(existingContacts.size());
    for (int i = 0; i < existingContacts.size(); ++i)
        indexOfId.insert(existingContacts.at(i).id, i);

    ImportPlan plan;
    plan.m_entries.reserve(rows.size());

    // Keys seen earlier in this same file, so a person listed twice is imported once.
    QHash<QString, int> seenUrl, seenEmail, seenName;
    // Updates accumulate per existing contact, in case several rows match the same one.
    QHash<qint64, int> updateEntryOf;

    for (const linkedin::Row &row : rows) {
        Entry entry;
        entry.line = row.line;
        entry.contact = row.contact;
        const Contact &c = row.contact;

        if (row.empty) {
            entry.reason = tr("empty row (LinkedIn leaves a few rows blank except for the date)");
            plan.m_entries << entry;
            continue;
        }
        if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
            entry.reason = tr("no name");
            plan.m_entries << entry;
            continue;
        }

        const QString url = linkedin::normaliseProfileUrl(c.linkedInUrl);
        const QString email = c.email.trimmed().toLower();
        const QString name = ContactMatchKeys::nameCompanyKey(c);

        int duplicateOf = 0;
        if (!url.isEmpty())
            duplicateOf = seenUrl.value(url);
        if (!duplicateOf && !email.isEmpty())
            duplicateOf = seenEmail.value(email);
        if (!duplicateOf && url.isEmpty())
            duplicateOf = seenName.value(name);
        if (duplicateOf) {
            entry.reason = tr("same person as line %1").arg(duplicateOf);
            plan.m_entries << entry;
            continue;
        }
        if (!url.isEmpty())
            seenUrl.insert(url, row.line);
        if (!email.isEmpty())
            seenEmail.insert(email, row.line);
        seenName.insert(name, row.line);

        qint64 match = 0;
        if (!url.isEmpty())
            match = existing.byProfileUrl.value(url);
        if (!match && !email.isEmpty())
            match = existing.byEmail.value(email);
        if (!match)
            match = existing.byNameCompany.value(name);

        if (!match) {
            entry.action = Action::Add;
            plan.m_entries << entry;
            continue;
        }

        const auto previous = updateEntryOf.constFind(match);
        Contact merged = previous != updateEntryOf.cend()
            ? plan.m_entries.at(*previous).contact
            : existingContacts.at(indexOfId.value(match));
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
        } else {
            entry.contact = merged;
            entry.changes = changes;
            entry.action = changes.isEmpty() ? Action::Unchanged : Action::Update;
            updateEntryOf.insert(match, int(plan.m_entries.size()));
        }
        plan.m_entries << entry;
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

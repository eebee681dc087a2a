#include "import/importplan.h"

#include "domain/companyname.h"

namespace {

// Re-importing a newer export refreshes what LinkedIn knows better than we do (where people
// work now) and fills gaps, but never overwrites what the user typed in. These are the fields
// ContactBatch::UpdatedFields::FromImport writes.
// The labels are translated only for fields that change: a re-import compares every row.
QStringList mergeFromImport(Contact &target, const Contact &incoming)
{
    QStringList changes;
    // Files give values trimmed: spaces around what is stored are not a change.
    auto refresh = [&](QString &field, const QString &value, const char *label) {
        if (!value.isEmpty() && QStringView(field).trimmed() != QStringView(value).trimmed()) {
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

ContactMatcher::ContactMatcher(const QList<ContactMatchKey> &contacts)
    : m_contacts(contacts)
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
        for (qsizetype i = 0; i < m_contacts.size(); ++i) {
            const ContactMatchKey &c = m_contacts.at(i);
            m_byName->insert(nameCompanyKey(c.firstName, c.lastName, c.company), i);
        }
    }
    return m_byName->value(nameCompanyKey(incoming.firstName, incoming.lastName, incoming.company), -1);
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

namespace {

// Rows that cannot become a contact at all.
bool isUnusable(const linkedin::Row &row)
{
    return !row.skipReason.isEmpty() || row.empty
        || (row.contact.firstName.isEmpty() && row.contact.lastName.isEmpty());
}

Contact contactOf(const ContactMatchKey &key)
{
    Contact c;
    c.id = key.id;
    c.firstName = key.firstName;
    c.lastName = key.lastName;
    c.email = key.email;
    c.linkedInUrl = key.linkedInUrl;
    c.company = key.company;
    c.position = key.position;
    c.connectedOn = key.connectedOn;
    return c;
}

} // namespace

ImportPlan ImportPlan::build(QList<linkedin::Row> rows, const QList<ContactMatchKey> &existing)
{
    ImportPlan plan;
    plan.m_rows = std::move(rows);
    plan.m_outcomes.resize(plan.m_rows.size());
    ContactMatcher matcher(existing);
    // The people seen so far in the file, with the line that listed them first. Names tell
    // people apart only in rows without a URL.
    QHash<QString, int> seenUrl;
    QHash<QString, int> seenEmail;
    QHash<QString, int> seenName;
    seenUrl.reserve(plan.m_rows.size());
    // Per existing contact matched, the row that matched it first: updates gather there.
    QHash<qsizetype, qsizetype> updateRowOf;

    for (qsizetype r = 0; r < plan.m_rows.size(); ++r) {
        linkedin::Row &row = plan.m_rows[r];
        Outcome &outcome = plan.m_outcomes[r];
        const Contact &c = row.contact;
        if (isUnusable(row)) {
            outcome.reason = !row.skipReason.isEmpty() ? row.skipReason
                : row.empty ? tr("empty row (LinkedIn leaves a few rows blank except for the date)")
                            : tr("no name");
            continue;
        }
        // Within the file: the same person listed twice is imported once.
        const QString url = linkedin::normaliseProfileUrl(c.linkedInUrl);
        const QString email = c.email.trimmed().toLower();
        const QString name = ContactMatcher::nameCompanyKey(c.firstName, c.lastName, c.company);
        int duplicateOf = url.isEmpty() ? 0 : seenUrl.value(url);
        if (!duplicateOf && !email.isEmpty())
            duplicateOf = seenEmail.value(email);
        if (!duplicateOf && url.isEmpty())
            duplicateOf = seenName.value(name);
        if (duplicateOf) {
            outcome.reason = tr("same person as line %1").arg(duplicateOf);
            continue;
        }
        // Neither URL nor e-mail was seen (or the row would be a duplicate); the name may have
        // been, in a row with another URL: the first line keeps it.
        if (!url.isEmpty())
            seenUrl.insert(url, row.line);
        if (!email.isEmpty())
            seenEmail.insert(email, row.line);
        if (!seenName.contains(name))
            seenName.insert(name, row.line);

        // Against the database.
        const qsizetype match = matcher.find(url, email, c);
        if (match < 0) {
            outcome.action = Action::Add;
            continue;
        }
        const auto previous = updateRowOf.constFind(match);
        if (previous != updateRowOf.cend()) {
            // Another row (a different URL or e-mail of the same person) matched already: fold
            // this one into it.
            Contact &merged = plan.m_rows[*previous].contact;
            const QStringList changes = mergeFromImport(merged, c);
            Outcome &first = plan.m_outcomes[*previous];
            if (!changes.isEmpty()) {
                first.changes << changes;
                first.action = Action::Update;
            }
            outcome.reason = tr("same person as line %1").arg(plan.m_rows.at(*previous).line);
            continue;
        }
        Contact merged = contactOf(existing.at(match));
        outcome.changes = mergeFromImport(merged, c);
        outcome.action = outcome.changes.isEmpty() ? Action::Unchanged : Action::Update;
        row.contact = std::move(merged); // the row shows the person as they will be
        updateRowOf.insert(match, r);
    }
    // Who changed jobs, once every row of a person is folded in: their job as stored, against
    // the one the import writes.
    for (auto it = updateRowOf.cbegin(); it != updateRowOf.cend(); ++it) {
        Outcome &outcome = plan.m_outcomes[it.value()];
        const ContactMatchKey &was = existing.at(it.key());
        const Contact &now = plan.m_rows.at(it.value()).contact;
        if (outcome.action != Action::Update)
            continue;
        if (PastJob::isChange(was.company, was.position, now.company, now.position)) {
            outcome.pastJob = PastJob{0, was.id, was.company, was.position, {}};
        } else if (!was.company.trimmed().isEmpty() && CompanyName::sameEmployer(was.company, now.company)) {
            // The same employer, written otherwise ("Amazon" → "Amazon.com"): no new company.
            const qsizetype at = outcome.changes.indexOf(tr("company"));
            if (at >= 0)
                outcome.changes[at] = tr("spelling of the company");
        }
    }
    return plan;
}

ImportPlan::Entry ImportPlan::entry(qsizetype index) const
{
    const linkedin::Row &row = m_rows.at(index);
    const Outcome &outcome = m_outcomes.at(index);
    return Entry{row.line, outcome.action, row.contact, outcome.changes, outcome.reason, outcome.pastJob};
}

int ImportPlan::count(Action action) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [action](const Outcome &o) { return o.action == action; }));
}

int ImportPlan::jobChanges() const
{
    return int(
        std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome &o) { return o.pastJob.has_value(); }));
}

ContactBatch ImportPlan::batch() const
{
    ContactBatch batch;
    batch.updatedFields = ContactBatch::UpdatedFields::FromImport;
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        const Action action = m_outcomes.at(i).action;
        if (action == Action::Add)
            batch.inserts << m_rows.at(i).contact;
        else if (action == Action::Update)
            batch.updates << m_rows.at(i).contact;
        if (const std::optional<PastJob> &job = m_outcomes.at(i).pastJob)
            batch.pastJobs << *job;
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
    if (const int moved = jobChanges(); moved > 0)
        text += QLatin1String("; ") + tr("%n people changed jobs", nullptr, moved);
    return text;
}

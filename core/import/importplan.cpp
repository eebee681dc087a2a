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

ImportPlan ImportPlan::build(QList<linkedin::Row> &&rows, const QList<Contact> &existing)
{
    const RowKeys keys = keysOf(rows);
    return build(std::move(rows), keys, ContactMatcher(existing));
}

namespace {

// Rows that cannot become a contact at all.
bool isUnusable(const linkedin::Row &row)
{
    return row.empty || (row.contact.firstName.isEmpty() && row.contact.lastName.isEmpty());
}

} // namespace

ImportPlan::RowKeys ImportPlan::keysOf(const QList<linkedin::Row> &rows)
{
    RowKeys keys;
    keys.urls.reserve(rows.size());
    keys.emails.reserve(rows.size());
    keys.duplicateOf.resize(rows.size());
    for (const linkedin::Row &row : rows) {
        keys.urls << linkedin::normaliseProfileUrl(row.contact.linkedInUrl);
        keys.emails << (row.contact.email.isEmpty() ? QString() : row.contact.email.trimmed().toLower());
    }

    // Names tell people apart only in rows without a URL, and every row of LinkedIn's current
    // exports has one: then no name keys are made at all.
    bool someRowHasNoUrl = false;
    for (qsizetype r = 0; r < rows.size() && !someRowHasNoUrl; ++r)
        someRowHasNoUrl = keys.urls.at(r).isEmpty() && !rows.at(r).empty;

    // Keys seen earlier in this same file, so a person listed twice is imported once.
    QHash<QString, int> seenUrl, seenEmail, seenName;
    seenUrl.reserve(rows.size());
    if (someRowHasNoUrl)
        seenName.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const linkedin::Row &row = rows.at(r);
        if (isUnusable(row))
            continue;
        const QString &url = keys.urls.at(r);
        const QString &email = keys.emails.at(r);
        const QString name = someRowHasNoUrl ? ContactMatcher::nameCompanyKey(row.contact) : QString();
        int duplicateOf = 0;
        if (!url.isEmpty())
            duplicateOf = seenUrl.value(url);
        if (!duplicateOf && !email.isEmpty())
            duplicateOf = seenEmail.value(email);
        if (!duplicateOf && url.isEmpty())
            duplicateOf = seenName.value(name);
        if (duplicateOf) {
            keys.duplicateOf[r] = duplicateOf;
            continue;
        }
        if (!url.isEmpty())
            seenUrl.insert(url, row.line);
        if (!email.isEmpty())
            seenEmail.insert(email, row.line);
        if (someRowHasNoUrl)
            seenName.insert(name, row.line);
    }
    return keys;
}

ImportPlan ImportPlan::build(QList<linkedin::Row> &&rows, const RowKeys &keys, ContactMatcher existing)
{
    Q_ASSERT(keys.urls.size() == rows.size());
    const QList<Contact> &existingContacts = existing.contacts();
    ImportPlan plan;
    plan.m_rows = std::move(rows);
    QList<linkedin::Row> &planRows = plan.m_rows;
    plan.m_outcomes.resize(planRows.size());
    // Updates accumulate per existing contact, in case several rows match the same one: the
    // row that first matched each existing contact, or -1.
    QList<qsizetype> updateRowOf(existingContacts.size(), -1);

    for (qsizetype r = 0; r < planRows.size(); ++r) {
        linkedin::Row &row = planRows[r];
        Outcome &outcome = plan.m_outcomes[r];
        const Contact &c = row.contact;

        if (isUnusable(row)) {
            outcome.reason = row.empty ? tr("empty row (LinkedIn leaves a few rows blank except for the date)")
                                       : tr("no name");
            continue;
        }
        if (const int duplicateOf = keys.duplicateOf.at(r)) {
            outcome.reason = tr("same person as line %1").arg(duplicateOf);
            continue;
        }

        const qsizetype match = existing.find(keys.urls.at(r), keys.emails.at(r), c);
        if (match < 0) {
            outcome.action = Action::Add;
            continue;
        }

        const qsizetype previous = updateRowOf.at(match);
        Contact merged = previous >= 0 ? planRows.at(previous).contact : existingContacts.at(match);
        const QStringList changes = mergeFromImport(merged, c);
        if (previous >= 0) {
            // Another row already matched this person: fold this one into it.
            Outcome &first = plan.m_outcomes[previous];
            if (!changes.isEmpty()) {
                planRows[previous].contact = std::move(merged);
                first.changes << changes;
                first.action = Action::Update;
            }
            outcome.reason = tr("same person as line %1").arg(planRows.at(previous).line);
        } else {
            // The row now shows the person as they will be after the import.
            row.contact = std::move(merged);
            outcome.changes = changes;
            outcome.action = changes.isEmpty() ? Action::Unchanged : Action::Update;
            updateRowOf[match] = r;
        }
    }
    return plan;
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
    for (qsizetype i = 0; i < plan.m_rows.size(); ++i) {
        const Action action = plan.m_outcomes.at(i).action;
        if (action != Action::Add && action != Action::Update)
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

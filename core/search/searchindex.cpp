#include "search/searchindex.h"

#include "domain/contactsearch.h"
#include "domain/timetext.h"
#include "messages/messagerecords.h"
#include "storage/contactstore.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Search {

int Results::total() const
{
    int sum = 0;
    for (const int n : totals)
        sum += n;
    return sum;
}

bool Results::isCut() const
{
    for (int k = 0; k < KindCount; ++k) {
        if (isCut(k))
            return true;
    }
    return false;
}

Index::Index(const QList<Entry> &entries)
{
    m_entries.reserve(entries.size());
    for (const Entry &entry : entries) {
        Indexed indexed{entry, ContactSearch::textKey(entry.title), {}, {}};
        indexed.allKey = indexed.titleKey;
        indexed.fieldKeys.reserve(entry.fields.size());
        for (const Field &field : entry.fields) {
            indexed.fieldKeys << ContactSearch::textKey(field.text);
            indexed.allKey += indexed.fieldKeys.last();
        }
        m_entries << std::move(indexed);
    }
}

QString Index::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return tr("Contacts");
    case Kind::Organisation:
        return tr("Organisations");
    case Kind::Interview:
        return tr("Interviews");
    case Kind::Question:
        return tr("Questions");
    case Kind::Event:
        return tr("Events");
    }
    return {};
}

Results Index::find(const QString &text, int limitPerKind) const
{
    Results results;
    results.query = text.trimmed();
    const QStringList words = ContactSearch::queryWords(text);
    if (words.isEmpty())
        return results;
    const QStringList typed = text.simplified().split(u' ', Qt::SkipEmptyParts);
    // Title matches first in each kind, then the rest, each in the index's order.
    std::array<QList<Hit>, KindCount> later;
    for (const Indexed &indexed : m_entries) {
        if (!ContactSearch::matches(indexed.allKey, words))
            continue;
        const Entry &entry = indexed.entry;
        const int k = int(entry.kind);
        ++results.totals[k];
        const bool inTitle = ContactSearch::matches(indexed.titleKey, words);
        QList<Hit> &list = inTitle ? results.hits[k] : later[k];
        if (list.size() >= limitPerKind)
            continue;
        Hit hit{entry.kind, entry.id, entry.title, entry.subtitle, {}, {}, Step::Research};
        if (!entry.fields.isEmpty())
            hit.step = entry.fields.constFirst().step;
        if (!inTitle) {
            // The field that holds the first word the title does not; failing that, the first
            // field holding any of them.
            qsizetype best = -1;
            for (const QString &word : words) {
                if (ContactSearch::matches(indexed.titleKey, {word}))
                    continue;
                for (qsizetype f = 0; f < indexed.fieldKeys.size() && best < 0; ++f) {
                    if (ContactSearch::matches(indexed.fieldKeys.at(f), {word}))
                        best = f;
                }
                if (best >= 0)
                    break;
            }
            if (best >= 0) {
                const Field &field = entry.fields.at(best);
                hit.where = field.label;
                hit.snippet = snippet(field.text, typed);
                hit.step = field.step;
            }
        }
        list << hit;
    }
    for (int k = 0; k < KindCount; ++k) {
        QList<Hit> &list = results.hits[k];
        for (const Hit &hit : std::as_const(later[k])) {
            if (list.size() >= limitPerKind)
                break;
            list << hit;
        }
    }
    return results;
}

QString snippet(const QString &text, const QStringList &typedWords, int width)
{
    const QString line = text.simplified();
    qsizetype at = -1;
    for (const QString &word : typedWords) {
        // A word of the text that begins with what was typed; accents typed differently are
        // not found here, and the snippet then starts at the beginning.
        for (qsizetype from = 0; (from = line.indexOf(word, from, Qt::CaseInsensitive)) >= 0; ++from) {
            if (from == 0 || !line.at(from - 1).isLetterOrNumber()) {
                at = from;
                break;
            }
        }
        if (at >= 0)
            break;
    }
    if (line.size() <= width)
        return line;
    const QChar ellipsis(0x2026);
    qsizetype start = at < 0 ? 0 : qMax(qsizetype(0), at - width / 3);
    if (start > 0) {
        // Cut at a space, so a word is not shown in part.
        const qsizetype space = line.indexOf(u' ', start);
        if (space >= 0 && space < at)
            start = space + 1;
    }
    qsizetype end = qMin(line.size(), start + width);
    if (end < line.size()) {
        const qsizetype space = line.lastIndexOf(u' ', end);
        if (space > start + width / 2)
            end = space;
    }
    QString result = line.mid(start, end - start).trimmed();
    if (start > 0)
        result.prepend(ellipsis);
    if (end < line.size())
        result.append(ellipsis);
    return result;
}

namespace {

QString joinedNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

void addField(Entry &entry, const QString &label, const QString &text, Step step = Step::Research)
{
    if (!text.trimmed().isEmpty())
        entry.fields << Field{label, text, step};
}

} // namespace

Index Index::read(Database *database)
{
    const QString dot = QStringLiteral(" · ");
    QList<Entry> entries;

    const QList<Contact> contacts = ContactStore(database).all();
    QHash<qint64, QString> names;
    names.reserve(contacts.size());
    entries.reserve(contacts.size());
    for (const Contact &c : contacts) {
        Entry entry{Kind::Contact, c.id, c.displayName(), joinedNonEmpty({c.position, c.company}, dot), {}};
        names.insert(c.id, entry.title);
        addField(entry, tr("Company"), c.company);
        addField(entry, tr("Position"), c.position);
        addField(entry, tr("E-mail"), c.email);
        addField(entry, tr("Phone"), c.phone);
        addField(entry, tr("Tags"), c.tags.join(QStringLiteral(", ")));
        addField(entry, tr("Notes"), c.notes);
        entries << std::move(entry);
    }

    const QList<Organisation> organisations = OrganisationStore(database).all();
    QHash<qint64, QString> organisationNames;
    for (const Organisation &o : organisations) {
        Entry entry{Kind::Organisation, o.id, o.name, o.website, {}};
        organisationNames.insert(o.id, o.name);
        addField(entry, tr("Website"), o.website);
        addField(entry, tr("Notes"), o.notes);
        entries << std::move(entry);
    }

    QHash<qint64, QList<SentMessageRecord>> sent;
    for (const SentMessageRecord &message : MessageStore(database).allSent())
        sent[message.interviewId] << message;
    const InterviewStore interviewStore(database);
    const QList<Interview> interviews = interviewStore.all();
    const QHash<qint64, QList<PlannedQuestion>> answers = interviewStore.questionsWithNotes();
    QList<Entry> interviewEntries;
    for (const Interview &i : interviews) {
        const QString person = names.value(i.contactId);
        const QString organisation = organisationNames.value(i.organisationId);
        QString title = joinedNonEmpty({person, organisation}, dot);
        if (title.isEmpty())
            title = tr("Interview %1").arg(i.id);
        Entry entry{Kind::Interview, i.id, title, joinedNonEmpty({i.topic, StepNames::displayName(i.step)}, dot), {}};
        // The first field says where the interview opens when its title is what matched.
        entry.fields << Field{tr("Step"), QString(), i.step <= Step::FollowUp ? i.step : Step::FollowUp};
        addField(entry, tr("Topic"), i.topic, Step::Research);
        addField(entry, tr("What I want to learn"), i.learningGoals, Step::Research);
        addField(entry, tr("Research notes"), i.researchNotes, Step::Research);
        addField(entry, tr("Links"), i.links.join(u' '), Step::Research);
        addField(entry, tr("How we are connected"), i.connection, Step::Identify);
        addField(entry, tr("Introduced by"), names.value(i.introducedById), Step::Identify);
        addField(entry, tr("Agenda"), i.agenda, Step::Prepare);
        addField(entry, tr("Outreach note"), i.outreachNote, Step::Contact);
        addField(entry, tr("Where"), i.location, Step::Conduct);
        addField(entry, tr("Conversation notes"), i.conversationNotes, Step::Conduct);
        for (const PlannedQuestion &q : answers.value(i.id))
            addField(entry, tr("Notes on “%1”").arg(q.text), q.notes, Step::Conduct);
        addField(entry, tr("Why it ended"), i.closingReason, Step::FollowUp);
        for (const SentMessageRecord &message : sent.value(i.id)) {
            const QString label = tr("%1 sent %2")
                                      .arg(MessageKindNames::displayName(message.kind),
                                           QLocale().toString(message.sentOn, QLocale::ShortFormat));
            addField(entry, label, joinedNonEmpty({message.subject, message.body}, QStringLiteral("\n")),
                     Step::FollowUp);
        }
        interviewEntries << std::move(entry);
    }
    // Most recent first: the interview the user is looking for is more likely a current one.
    std::reverse(interviewEntries.begin(), interviewEntries.end());
    entries << interviewEntries;

    for (const Question &q : QuestionStore(database).all()) {
        Entry entry{Kind::Question, q.id, q.text, q.category, {}};
        addField(entry, tr("Category"), q.category);
        addField(entry, tr("Notes"), q.notes);
        entries << std::move(entry);
    }
    const EventStore events(database);
    const QHash<qint64, QList<EventPerson>> people = events.allPeople();
    for (const NetworkingEvent &e : events.all()) {
        const QString when = e.startsAt.isValid() ? TimeText::dateTime(e.startsAt.toLocalTime()) : QString();
        Entry entry{Kind::Event, e.id, e.name, joinedNonEmpty({when, e.place}, dot), {}};
        addField(entry, tr("Place or link"), e.place);
        addField(entry, tr("Notes"), e.notes);
        for (const EventPerson &person : people.value(e.id))
            addField(entry, tr("To look up"), joinedNonEmpty({person.name, person.note}, dot));
        entries << std::move(entry);
    }
    return Index(entries);
}

} // namespace Search

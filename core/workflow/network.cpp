#include "workflow/network.h"

#include "domain/companyname.h"

#include <QSet>

#include <algorithm>

Network Network::build(QList<NetworkPerson> people)
{
    Network network;
    network.m_people = std::move(people);
    // Keys are worked out once per spelling: 30,000 people name a few thousand companies.
    QHash<QString, QString> keyOfSpelling;
    // Per employer, how many people use each spelling.
    QList<QHash<QString, int>> spellingCounts;
    for (qsizetype i = 0; i < network.m_people.size(); ++i) {
        const NetworkPerson &person = network.m_people.at(i);
        const QString spelling = person.company.trimmed();
        if (spelling.isEmpty())
            continue;
        auto known = keyOfSpelling.constFind(spelling);
        if (known == keyOfSpelling.cend())
            known = keyOfSpelling.insert(spelling, CompanyName::key(spelling));
        const QString &key = *known;
        if (key.isEmpty())
            continue;
        auto at = network.m_byKey.constFind(key);
        if (at == network.m_byKey.cend()) {
            at = network.m_byKey.insert(key, int(network.m_employers.size()));
            Employer employer;
            employer.key = key;
            network.m_employers << employer;
            spellingCounts.append(QHash<QString, int>());
        }
        Employer &employer = network.m_employers[*at];
        employer.members << int(i);
        if (isClose(person.relationship))
            ++employer.close;
        ++spellingCounts[*at][spelling];
    }
    for (qsizetype e = 0; e < network.m_employers.size(); ++e) {
        const QHash<QString, int> &counts = spellingCounts.at(e);
        QStringList spellings = counts.keys();
        std::sort(spellings.begin(), spellings.end(), [&counts](const QString &a, const QString &b) {
            const int ca = counts.value(a);
            const int cb = counts.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        Employer &employer = network.m_employers[e];
        employer.name = spellings.constFirst();
        employer.spellings = std::move(spellings);
    }
    std::sort(network.m_employers.begin(), network.m_employers.end(), [](const Employer &a, const Employer &b) {
        if (a.people() != b.people())
            return a.people() > b.people();
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    for (qsizetype e = 0; e < network.m_employers.size(); ++e)
        network.m_byKey[network.m_employers.at(e).key] = int(e);
    return network;
}

const Network::Employer *Network::employer(QStringView companyName) const
{
    const auto at = m_byKey.constFind(CompanyName::key(companyName));
    return at == m_byKey.cend() ? nullptr : &m_employers.at(*at);
}

QList<NetworkPerson> Network::peopleAt(QStringView companyName) const
{
    QList<NetworkPerson> result;
    if (const Employer *found = employer(companyName)) {
        result.reserve(found->members.size());
        for (int index : found->members)
            result << m_people.at(index);
    }
    return result;
}

bool Network::isClose(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Friend:
    case Relationship::Family:
    case Relationship::Alumni:
    case Relationship::Professor:
    case Relationship::Colleague:
    case Relationship::Referral:
        return true;
    case Relationship::Unknown:
    case Relationship::LinkedIn:
    case Relationship::Other:
        return false;
    }
    return false;
}

QString Network::advocacyText(int people, int close)
{
    if (people == 0)
        return tr("Nobody you know yet");
    if (close == 0)
        return tr("%Ln people", nullptr, people);
    return tr("%Ln people", nullptr, people) + QStringLiteral(" · ") + tr("%Ln close", nullptr, close);
}

int Starters::closeness(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Friend:
    case Relationship::Family:
        return 6;
    case Relationship::Alumni:
        return 5;
    case Relationship::Referral:
        return 4;
    case Relationship::Colleague:
    case Relationship::Professor:
        return 3;
    case Relationship::Other:
        return 2;
    case Relationship::Unknown:
    case Relationship::LinkedIn:
        return 1;
    }
    return 1;
}

int Starters::seniority(QStringView position)
{
    const QStringList words = CompanyName::comparableWords(position);
    const auto has = [&words](std::initializer_list<const char *> any) {
        return std::any_of(any.begin(), any.end(),
                           [&words](const char *w) { return words.contains(QLatin1String(w)); });
    };
    // "Senior" and "Group" raise a manager or a lead by a step, and anyone else to senior.
    const bool raised = has({"senior", "sr", "group"});
    if (has({"chief", "ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "president", "founder", "cofounder", "owner",
             "partner"}))
        return 10;
    if (has({"vp", "svp", "evp", "vice", "head", "director"}))
        return raised ? 9 : 8;
    if (has({"principal", "staff"}))
        return 7;
    if (has({"lead", "manager", "architect"}))
        return raised ? 7 : 6;
    if (raised)
        return 4;
    if (has({"intern", "internship", "student", "trainee", "apprentice", "junior", "jr", "graduate"}))
        return 0;
    return 2;
}

namespace {

// Words of job titles that say nothing about a field: "management" alone would match every
// manager, "senior" every senior. They count towards a whole role ("product management"), never
// alone.
bool isGeneric(const QString &word)
{
    static const QSet<QString> generic = {
        QStringLiteral("manager"),   QStringLiteral("management"), QStringLiteral("managing"),
        QStringLiteral("lead"),      QStringLiteral("leader"),     QStringLiteral("senior"),
        QStringLiteral("head"),      QStringLiteral("director"),   QStringLiteral("officer"),
        QStringLiteral("associate"), QStringLiteral("specialist"), QStringLiteral("consultant"),
        QStringLiteral("assistant"), QStringLiteral("executive"),  QStringLiteral("staff"),
        QStringLiteral("principal"), QStringLiteral("junior"),     QStringLiteral("vp"),
    };
    return generic.contains(word);
}

// Small words that say nothing about a field.
bool isFiller(const QString &word)
{
    static const QSet<QString> filler = {
        QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("in"),
        QStringLiteral("for"), QStringLiteral("at"), QStringLiteral("a"),   QStringLiteral("an"),
        QStringLiteral("to"),  QStringLiteral("or"), QStringLiteral("de"),  QStringLiteral("on"),
    };
    return word.size() < 2 || filler.contains(word);
}

// Whether a word of the title is the role's word, or both grow from one stem ("design",
// "designer"; "engineering", "engineer"; "science", "scientist"): they share all but at most
// two letters of the shorter, and at least four, so "it" finds no "item".
bool sharesWord(const QStringList &title, const QString &word)
{
    return std::any_of(title.cbegin(), title.cend(), [&word](const QString &w) {
        if (w == word)
            return true;
        const qsizetype shorter = std::min(w.size(), word.size());
        qsizetype common = 0;
        while (common < shorter && w.at(common) == word.at(common))
            ++common;
        return common >= 4 && common >= shorter - 2;
    });
}

} // namespace

RoleMatcher::RoleMatcher(const QStringList &roles)
{
    for (const QString &role : roles) {
        Role r{role.simplified(), {}};
        for (const QString &word : CompanyName::comparableWords(role)) {
            if (!isFiller(word))
                r.words << word;
        }
        if (!r.words.isEmpty())
            m_roles << r;
    }
}

RoleMatcher::Match RoleMatcher::match(const QString &position) const
{
    if (m_roles.isEmpty() || position.isEmpty())
        return {};
    const auto known = m_seen.constFind(position);
    if (known != m_seen.cend())
        return *known;
    Match best;
    const QStringList words = CompanyName::comparableWords(position);
    for (const Role &role : m_roles) {
        int found = 0;
        QString firstFound;
        for (const QString &word : role.words) {
            if (sharesWord(words, word)) {
                ++found;
                if (firstFound.isEmpty() && !isGeneric(word))
                    firstFound = word;
            }
        }
        const int relevance = found == role.words.size() ? 2 : !firstFound.isEmpty() ? 1 : 0;
        if (relevance > best.relevance) {
            best.relevance = relevance;
            best.role = relevance == 2 ? role.text : firstFound;
        }
    }
    m_seen.insert(position, best);
    return best;
}

QList<Network::Suggestion> Network::suggestTargets(const QStringList &roles) const
{
    const RoleMatcher matcher(roles);
    QList<Suggestion> result;
    result.reserve(m_employers.size());
    for (qsizetype e = 0; e < m_employers.size(); ++e) {
        const Employer &employer = m_employers.at(e);
        Suggestion s;
        s.employer = int(e);
        if (!matcher.isEmpty()) {
            for (int member : employer.members) {
                if (matcher.match(m_people.at(member).position).relevance > 0)
                    ++s.relevant;
            }
        }
        s.score = 5 * s.relevant + 3 * employer.close + employer.people();
        result << s;
    }
    // employers() is already most people first, then by name: a stable sort keeps that for ties.
    std::stable_sort(result.begin(), result.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    return result;
}

QList<Starters::Starter> Starters::rank(const QList<NetworkPerson> &people, const QStringList &roles)
{
    const RoleMatcher matcher(roles);
    QList<Starter> result;
    result.reserve(people.size());
    for (const NetworkPerson &person : people) {
        Starter s;
        s.person = person;
        s.closeness = closeness(person.relationship);
        s.seniority = seniority(person.position);
        const RoleMatcher::Match match = matcher.match(person.position);
        s.relevance = match.relevance;
        s.matchedRole = match.role;
        QStringList parts;
        parts << (person.relationship == Relationship::Unknown ? tr("in your contacts")
                      : person.relationship == Relationship::LinkedIn
                      ? tr("LinkedIn connection")
                      : RelationshipNames::displayName(person.relationship).toLower());
        if (s.relevance > 0)
            parts << tr("works in %1").arg(s.matchedRole.toLower());
        if (s.seniority >= 8)
            parts << tr("senior leader");
        else if (s.seniority == 0 && !person.position.trimmed().isEmpty())
            parts << tr("early in their career");
        s.reason = parts.join(QStringLiteral(" · "));
        result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const Starter &a, const Starter &b) {
        if (a.closeness != b.closeness)
            return a.closeness > b.closeness;
        if (a.relevance != b.relevance)
            return a.relevance > b.relevance;
        if (a.seniority != b.seniority)
            return a.seniority > b.seniority;
        return QString::compare(a.person.name, b.person.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<Starters::Starter> Starters::next(const QList<NetworkPerson> &people, const QStringList &roles,
                                                const QSet<qint64> &asked)
{
    for (const Starter &s : rank(people, roles)) {
        if (!asked.contains(s.person.contactId))
            return s;
    }
    return std::nullopt;
}

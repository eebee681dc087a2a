#pragma once

#include "domain/contact.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The employers of the user's network, derived from the contacts' companies on demand (nothing
// is stored until the user marks one as a target): spellings of one employer ("Google",
// "Google LLC") grouped by CompanyName::key(), with who works there.
class Network
{
    Q_DECLARE_TR_FUNCTIONS(Network)
public:
    struct Employer {
        QString key; // CompanyName::key()
        QString name; // the spelling most people use (ties: the first in alphabetical order)
        QStringList spellings; // every spelling, the most used first
        QList<int> members; // indexes into people()
        int close = 0; // how many of them are more than a LinkedIn connection (isClose())

        int people() const { return int(members.size()); }
    };

    Network() = default;
    // Groups the people by employer; people without a company belong to none.
    static Network build(QList<NetworkPerson> people);

    const QList<NetworkPerson> &people() const { return m_people; }
    // Most people first, then by name.
    const QList<Employer> &employers() const { return m_employers; }
    // The employer a company name belongs to, however it is spelled; nullptr when nobody in the
    // network works there.
    const Employer *employer(QStringView companyName) const;
    QList<NetworkPerson> peopleAt(QStringView companyName) const;

    // Friends, family, alumni, referrals, colleagues and professors: people who are likelier to
    // answer and to speak up for you than a plain LinkedIn connection.
    static bool isClose(Relationship relationship);

    // An employer suggested as a target: where the user knows people working in the roles they
    // explore, people close to them, and many people.
    struct Suggestion {
        int employer = 0; // index into employers()
        int relevant = 0; // people there whose position matches a role explored
        int score = 0; // 5 per relevant person, 3 per close one, 1 per person
    };
    // Every employer, the best suggestion first (ties: most people, then by name).
    QList<Suggestion> suggestTargets(const QStringList &roles) const;
    // "12 people · 3 close", or "Nobody you know yet".
    static QString advocacyText(int people, int close);

private:
    QList<NetworkPerson> m_people;
    QList<Employer> m_employers;
    QHash<QString, int> m_byKey; // key → index into m_employers
};

// How relevant a job title is to the roles or fields the user explores ("product management",
// "UX design"): 2 when it has every meaningful word of a role, 1 when it has a word that names a
// field (not "manager" or "senior" alone), else 0. Words that grow from one stem match ("design",
// "designer"). Titles repeat across a network, so each is worked out once.
class RoleMatcher
{
public:
    explicit RoleMatcher(const QStringList &roles);
    struct Match {
        int relevance = 0;
        QString role; // the role, or the word of one, that matched
    };
    Match match(const QString &position) const;
    bool isEmpty() const { return m_roles.isEmpty(); }

private:
    struct Role {
        QString text; // as the user wrote it
        QStringList words; // its meaningful words, compared
    };
    QList<Role> m_roles;
    mutable QHash<QString, Match> m_seen; // by position
};

// Whom to ask first at an employer: closer relationship first (friend, family, alumni, referral,
// colleague, professor before others and before plain LinkedIn connections), then how relevant
// their position is to the roles the user is exploring (My Profile), then seniority; each with
// the reason in words ("alumni · works in product").
class Starters
{
    Q_DECLARE_TR_FUNCTIONS(Starters)
public:
    struct Starter {
        NetworkPerson person;
        int closeness = 0; // higher first
        int relevance = 0; // 0 none, 1 a word of a role, 2 a whole role
        int seniority = 0; // 0 student … 10 chief
        QString matchedRole; // the role (or word of one) the position matched
        QString reason;
    };

    static QList<Starter> rank(const QList<NetworkPerson> &people, const QStringList &roles);
    // Whom to ask next: the first in rank the user has not asked yet (`asked`: contacts with an
    // interview); none when everyone there has been asked.
    static std::optional<Starter> next(const QList<NetworkPerson> &people, const QStringList &roles,
                                       const QSet<qint64> &asked);
    // 0 (intern, student), 2 (most), 4 (senior), 6 (manager, lead; 7 a senior one), 8 (director,
    // head, VP), 10 (chief, founder), from the words of a job title.
    static int seniority(QStringView position);
    static int closeness(Relationship relationship);
};

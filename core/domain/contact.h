#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// How the user knows a person. Stored by key (see relationshipKey) so reordering the enum
// never changes what a database means.
enum class Relationship {
    Unknown,
    Friend,
    Family,
    Alumni,
    Professor,
    Colleague,
    Referral,
    LinkedIn,
    Other,
};

class RelationshipNames
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipNames)
public:
    static QList<Relationship> all();
    static QString key(Relationship relationship); // stable, stored in the database
    static Relationship fromKey(QAnyStringView key); // Unknown for anything unrecognised
    static QString displayName(Relationship relationship); // translated, for the UI
};

struct Contact {
    qint64 id = 0; // 0 until stored
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString linkedInUrl;
    QString company;
    QString position;
    QDate connectedOn;
    Relationship relationship = Relationship::Unknown;
    qint64 referredById = 0; // 0: nobody
    QStringList tags;
    QString notes;
    QString source; // where the record came from, e.g. "LinkedIn" or "Manual"
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    bool operator==(const Contact &other) const = default;
};

// What an import compares, and may update, of a contact already stored: the fields
// ContactStore::allForMatching() reads. A type of its own, so that it cannot be written back as
// a whole contact and wipe the fields it does not hold.
struct ContactMatchKey {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString linkedInUrl;
    QString company;
    QString position;
    QDate connectedOn;

    static ContactMatchKey of(const Contact &contact);
    bool operator==(const ContactMatchKey &other) const = default;
};

// A job a contact had before: the company and position a newer import (or an edit) replaced,
// kept as the contact's history.
struct PastJob {
    qint64 id = 0; // 0 until stored
    qint64 contactId = 0;
    QString company;
    QString position;
    QDate until; // the day the change was recorded

    // Whether going from one company and position to another is a change of job: the company
    // is another employer (not the same one spelled differently, see CompanyName), or the
    // position is another. Filling in what was empty is none.
    static bool isChange(const QString &companyBefore, const QString &positionBefore, const QString &companyAfter,
                         const QString &positionAfter);
    // "Product Manager at Contoso", or whichever of the two is known.
    QString describe() const;
    bool operator==(const PastJob &other) const = default;
};

// One person of the network as the target lists read it: who, where, as what, and how the user
// knows them. Light, so that 30,000 of them are quickly read and grouped.
struct NetworkPerson {
    qint64 contactId = 0;
    QString name; // as displayed
    QString company;
    QString position;
    Relationship relationship = Relationship::Unknown;
    bool operator==(const NetworkPerson &other) const = default;
};

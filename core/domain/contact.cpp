#include "domain/contact.h"

#include "domain/companyname.h"

QList<Relationship> RelationshipNames::all()
{
    return {Relationship::Unknown,  Relationship::Friend,    Relationship::Family,
            Relationship::Alumni,   Relationship::Professor, Relationship::Colleague,
            Relationship::Referral, Relationship::LinkedIn,  Relationship::Other};
}

QString RelationshipNames::key(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Unknown:
        return QString();
    case Relationship::Friend:
        return QStringLiteral("friend");
    case Relationship::Family:
        return QStringLiteral("family");
    case Relationship::Alumni:
        return QStringLiteral("alumni");
    case Relationship::Professor:
        return QStringLiteral("professor");
    case Relationship::Colleague:
        return QStringLiteral("colleague");
    case Relationship::Referral:
        return QStringLiteral("referral");
    case Relationship::LinkedIn:
        return QStringLiteral("linkedin");
    case Relationship::Other:
        return QStringLiteral("other");
    }
    return QString();
}

Relationship RelationshipNames::fromKey(QAnyStringView key)
{
    if (key.isEmpty())
        return Relationship::Unknown;
    static const QList<Relationship> relationships = all(); // read once per contact loaded
    for (Relationship r : relationships) {
        if (QAnyStringView::equal(RelationshipNames::key(r), key))
            return r;
    }
    return Relationship::Unknown;
}

QString RelationshipNames::displayName(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Unknown:
        return tr("Not set");
    case Relationship::Friend:
        return tr("Friend");
    case Relationship::Family:
        return tr("Family");
    case Relationship::Alumni:
        return tr("Alumni");
    case Relationship::Professor:
        return tr("Professor");
    case Relationship::Colleague:
        return tr("Colleague");
    case Relationship::Referral:
        return tr("Referral");
    case Relationship::LinkedIn:
        return tr("LinkedIn connection");
    case Relationship::Other:
        return tr("Other");
    }
    return QString();
}

QString Contact::displayName() const
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

ContactMatchKey ContactMatchKey::of(const Contact &contact)
{
    return {contact.id,          contact.firstName, contact.lastName, contact.email,
            contact.linkedInUrl, contact.company,   contact.position, contact.connectedOn};
}

bool PastJob::isChange(const QString &companyBefore, const QString &positionBefore, const QString &companyAfter,
                       const QString &positionAfter)
{
    const QString wasAt = companyBefore.trimmed();
    const QString nowAt = companyAfter.trimmed();
    if (!wasAt.isEmpty() && !nowAt.isEmpty() && !CompanyName::sameEmployer(wasAt, nowAt)
        && QString::compare(wasAt, nowAt, Qt::CaseInsensitive) != 0)
        return true;
    const QString was = positionBefore.simplified();
    const QString now = positionAfter.simplified();
    return !was.isEmpty() && !now.isEmpty() && QString::compare(was, now, Qt::CaseInsensitive) != 0;
}

QString PastJob::describe() const
{
    const QString at = company.trimmed();
    const QString as = position.trimmed();
    if (at.isEmpty())
        return as;
    if (as.isEmpty())
        return at;
    return QCoreApplication::translate("PastJob", "%1 at %2").arg(as, at);
}

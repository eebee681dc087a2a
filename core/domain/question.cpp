#include "domain/question.h"

QList<Tiara> TiaraNames::all()
{
    return {Tiara::None, Tiara::Trends, Tiara::Insights, Tiara::Advice, Tiara::Resources, Tiara::Assignments};
}

QString TiaraNames::key(Tiara tiara)
{
    switch (tiara) {
    // Empty, not null: Qt binds a null string as SQL NULL and the tiara column is NOT NULL.
    case Tiara::None:
        return QStringLiteral("");
    case Tiara::Trends:
        return QStringLiteral("trends");
    case Tiara::Insights:
        return QStringLiteral("insights");
    case Tiara::Advice:
        return QStringLiteral("advice");
    case Tiara::Resources:
        return QStringLiteral("resources");
    case Tiara::Assignments:
        return QStringLiteral("assignments");
    }
    return QString();
}

Tiara TiaraNames::fromKey(const QString &key)
{
    for (Tiara tiara : all()) {
        if (TiaraNames::key(tiara) == key)
            return tiara;
    }
    return Tiara::None;
}

QString TiaraNames::displayName(Tiara tiara)
{
    switch (tiara) {
    case Tiara::None:
        return tr("None");
    case Tiara::Trends:
        return tr("Trends");
    case Tiara::Insights:
        return tr("Insights");
    case Tiara::Advice:
        return tr("Advice");
    case Tiara::Resources:
        return tr("Resources");
    case Tiara::Assignments:
        return tr("Assignments");
    }
    return QString();
}

QString TiaraNames::description(Tiara tiara)
{
    switch (tiara) {
    case Tiara::None:
        return tr("Not tagged");
    case Tiara::Trends:
        return tr("Where the field is heading");
    case Tiara::Insights:
        return tr("What they know from the inside");
    case Tiara::Advice:
        return tr("What they would do in your place");
    case Tiara::Resources:
        return tr("People, groups and reading to follow up");
    case Tiara::Assignments:
        return tr("Projects and tasks the work really involves");
    }
    return QString();
}

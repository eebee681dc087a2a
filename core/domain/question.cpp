#include "domain/question.h"

#include <algorithm>

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

QList<QuestionState> QuestionStateNames::all()
{
    return {QuestionState::Open, QuestionState::Asked, QuestionState::Skipped};
}

QString QuestionStateNames::key(QuestionState state)
{
    switch (state) {
    case QuestionState::Open:
        return QStringLiteral(""); // empty, not null: the column is NOT NULL
    case QuestionState::Asked:
        return QStringLiteral("asked");
    case QuestionState::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("");
}

QuestionState QuestionStateNames::fromKey(const QString &key)
{
    for (QuestionState state : all()) {
        if (QuestionStateNames::key(state) == key)
            return state;
    }
    return QuestionState::Open;
}

QString QuestionStateNames::displayName(QuestionState state)
{
    switch (state) {
    case QuestionState::Open:
        return tr("Not asked yet");
    case QuestionState::Asked:
        return tr("Asked");
    case QuestionState::Skipped:
        return tr("Skipped");
    }
    return QString();
}

int PracticeRun::askedCount() const
{
    return int(std::count_if(questions.cbegin(), questions.cend(),
                             [](const PlannedQuestion &q) { return q.state == QuestionState::Asked; }));
}

bool PracticeRun::isEmpty() const
{
    if (!notes.trimmed().isEmpty() || elapsedSeconds >= 60)
        return false;
    return std::all_of(questions.cbegin(), questions.cend(), [](const PlannedQuestion &q) {
        return q.state == QuestionState::Open && q.notes.trimmed().isEmpty();
    });
}

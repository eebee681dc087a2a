#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Where the user is on the guided start (from LinkedIn's export to a first outreach): kept in the
// application's QSettings (group "guidedStart") as each step is left, so that quitting halfway
// opens it again at that step. What the steps make (targets, interviews, the message) is ordinary
// data in the database; this only remembers the path through it.
struct GuidedStartProgress {
    enum Step { NetworkStep, ExploringStep, TargetsStep, PeopleStep, MessageStep, NextStep, StepCount };

    int step = NetworkStep;
    bool ended = false; // walked to the end (Finish)
    bool opensAtStart = true; // the user may say it should wait for Help › Guided Start
    QList<qint64> targets{}; // the organisations chosen on the targets step, in their order
    QHash<qint64, qint64> chosen{}; // per target organisation, the contact to ask first
    QList<qint64> interviews{}; // to write to: made or found on the people step, in the targets' order
    QHash<qint64, qint64> created{}; // the interviews the guide made itself, with the contact of each
    QString database{}; // the file the ids belong to; another file begins afresh

    static GuidedStartProgress load();
    // As kept, for this database file: a place begun on another file (its step, targets, choices
    // and interviews) does not apply here and starts afresh; whether the guide was finished and
    // whether it opens at start are the user's, and stay.
    static GuidedStartProgress load(const QString &database);
    void save() const;
    // Whether the window opens it by itself when it appears: on a fresh profile (no contacts, no
    // interviews), or where it was left halfway; never once ended, or when the user said not to.
    bool opensByItself(bool freshProfile) const;

    bool operator==(const GuidedStartProgress &other) const = default;
};

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A networking event the user goes to (the guides: "quick informational interviews can be at the
// networking events you go to — look up who will attend"): when and where, notes, and the people
// to look up beforehand. Each conversation held there becomes an interview that starts at Follow
// up (Interview::eventId names the event).
struct NetworkingEvent {
    qint64 id = 0; // 0 until stored
    QString name;
    QDateTime startsAt; // UTC; invalid while the time is not known
    QString place; // an address or a link
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Whether it is still to come at `now`: not begun yet, or begun in the last four hours (the
    // evening it runs). False while its time is not known.
    bool isComing(const QDateTime &now) const { return startsAt.isValid() && startsAt >= now.addSecs(-4 * 60 * 60); }
    bool operator==(const NetworkingEvent &other) const = default;
};

// Someone to look up before the event: a contact, or a plain name still to research. The name is
// kept for a contact too, so deleting the contact leaves the name on the list.
struct EventPerson {
    qint64 contactId = 0; // 0: not a contact (yet)
    QString name;
    QString note; // what to find out, or why to meet them

    bool operator==(const EventPerson &other) const = default;
};

// Everything stored about one event, as needed to delete it and bring it back on undo.
struct EventRecord {
    NetworkingEvent event;
    QList<EventPerson> people;
    QList<qint64> interviewIds; // the conversations held there
};

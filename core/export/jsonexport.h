#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "domain/networkingevent.h"
#include "domain/question.h"
#include "messages/messagetemplate.h"
#include "storage/interviewstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class ContactStore;
class OrganisationStore;
class QuestionStore;
class EventStore;
class TemplateStore;

// Everything in the database as one JSON document, for the user's own records and for other
// programs:
//
//   {"format": "coffeechat-export", "version": 1, "exportedAt": "…Z", "schemaVersion": N,
//    "contacts": […], "organisations": […], "interviews": [{…, "history": […], "plan": […],
//    "referrals": [contact ids]}], "questions": […], "messageTemplates": […]}
//
// Ids are kept, so references (referredById, contactId, organisationId, questionId…) resolve
// within the file; a reference to nothing is null. Dates are ISO 8601 ("2026-03-04"), times
// ISO 8601 with their offset; enumerations are written by their stable keys, as stored.
// Reading goes through the stores: no SQL here.
class JsonExport
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)
public:
    // 2: referrals are objects with their date; 3: questionsSentOn, introducerThankedOn, kind, offerDeadline;
    // 4: each planned question's state and notes, practiceRuns, events and interviews' eventId;
    // 5: recordingConsentAt and recordings (each naming its file in the data folder);
    // 6: contacts' pastJobs (company, position, until), organisations' target, motivation, posting
    static constexpr int FormatVersion = 6;

    struct Input {
        QList<Contact> contacts;
        QList<Organisation> organisations;
        QList<InterviewRecord> interviews;
        QList<Question> questions;
        QList<MessageTemplate> templates;
        QList<EventRecord> events{};
        QHash<qint64, QList<PastJob>> pastJobs{}; // by contact
        QDateTime exportedAt = QDateTime::currentDateTimeUtc();
        int schemaVersion = 0;
    };

    struct Counts {
        int contacts = 0;
        int organisations = 0;
        int interviews = 0;
        int questions = 0;
        int templates = 0;
        int events = 0;
    };

    static Input collect(const ContactStore &contacts, const OrganisationStore &organisations,
                         const InterviewStore &interviews, const QuestionStore &questions,
                         const TemplateStore &templates, const EventStore &events);

    // Where each database table is in the document ("interviews[].history" for a nested list).
    // A test compares this and bookkeepingTables() with the tables in the schema, so a new table
    // cannot be forgotten here.
    static QMap<QString, QString> tableLocations();
    // The tables left out on purpose: the app's records about the file, not the user's data
    // (shipped_defaults: which shipped questions and templates were ever added).
    static QStringList bookkeepingTables();

    static QJsonObject toJsonObject(const Input &input);
    static QByteArray toJson(const Input &input, Counts *counts = nullptr);
    static bool write(const Input &input, const QString &path, QString *error, Counts *counts = nullptr);
};

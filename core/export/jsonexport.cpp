#include "export/jsonexport.h"

#include "export/exportfile.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue id(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// With the offset the time was recorded in, so "10:00 in Berlin" stays readable as such.
QJsonValue dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (value.timeSpec() == Qt::UTC)
        return value.toString(Qt::ISODateWithMs);
    return value.toOffsetFromUtc(value.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonValue optionalText(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject contactObject(const Contact &c, const QList<PastJob> &pastJobs)
{
    QJsonArray jobs;
    for (const PastJob &job : pastJobs) {
        jobs.append(QJsonObject{{QStringLiteral("company"), job.company},
                                {QStringLiteral("position"), job.position},
                                {QStringLiteral("until"), date(job.until)}});
    }
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("linkedInUrl"), c.linkedInUrl},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("connectedOn"), date(c.connectedOn)},
        {QStringLiteral("relationship"), RelationshipNames::key(c.relationship)},
        {QStringLiteral("referredById"), id(c.referredById)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("createdAt"), dateTime(c.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(c.updatedAt)},
        {QStringLiteral("pastJobs"), jobs},
    };
}

QJsonObject organisationObject(const Organisation &o)
{
    return {
        {QStringLiteral("id"), o.id},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("website"), o.website},
        {QStringLiteral("notes"), o.notes},
        {QStringLiteral("target"), o.target},
        {QStringLiteral("motivation"), o.motivation},
        {QStringLiteral("posting"), optionalText(PostingNames::key(o.posting))},
        {QStringLiteral("createdAt"), dateTime(o.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(o.updatedAt)},
    };
}

QJsonObject interviewObject(const InterviewRecord &record)
{
    const Interview &i = record.interview;
    QJsonArray history;
    for (const InterviewEvent &e : record.history) {
        history.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), dateTime(e.at)},
            {QStringLiteral("from"), StepNames::key(e.from)},
            {QStringLiteral("to"), StepNames::key(e.to)},
            {QStringLiteral("event"), WorkflowEventNames::key(e.event)},
            {QStringLiteral("note"), e.note},
        });
    }
    const auto questions = [](const QList<PlannedQuestion> &list) {
        QJsonArray result;
        for (const PlannedQuestion &q : list) {
            result.append(QJsonObject{{QStringLiteral("questionId"), id(q.questionId)},
                                      {QStringLiteral("text"), q.text},
                                      {QStringLiteral("state"), QuestionStateNames::key(q.state)},
                                      {QStringLiteral("notes"), q.notes}});
        }
        return result;
    };
    const QJsonArray plan = questions(record.plan);
    QJsonArray practiceRuns;
    for (const PracticeRun &run : record.practiceRuns) {
        practiceRuns.append(QJsonObject{
            {QStringLiteral("id"), run.id},
            {QStringLiteral("startedAt"), dateTime(run.startedAt)},
            {QStringLiteral("partnerId"), id(run.partnerId)},
            {QStringLiteral("elapsedSeconds"), run.elapsedSeconds},
            {QStringLiteral("notes"), run.notes},
            {QStringLiteral("questions"), questions(run.questions)},
        });
    }
    QJsonArray recordings;
    for (const Recording &r : record.recordings) {
        recordings.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("file"), QStringLiteral("recordings/%1/%2").arg(r.interviewId).arg(r.fileName)},
            {QStringLiteral("originalName"), r.originalName},
            {QStringLiteral("recordedAt"), dateTime(r.recordedAt)},
            {QStringLiteral("durationMs"), r.durationMs},
        });
    }
    QJsonArray referrals;
    for (const Referral &referral : record.referrals) {
        referrals.append(QJsonObject{{QStringLiteral("contactId"), referral.contactId},
                                     {QStringLiteral("addedOn"), date(referral.addedOn)}});
    }
    QJsonArray sent;
    for (const SentMessageRecord &m : record.sentMessages) {
        sent.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("kind"), MessageKindNames::key(m.kind)},
            {QStringLiteral("sentOn"), date(m.sentOn)},
            {QStringLiteral("channel"), ChannelNames::key(m.channel)},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("recordedAt"), dateTime(m.recordedAt)},
        });
    }
    QJsonArray drafts;
    for (const MessageDraft &d : record.drafts) {
        drafts.append(QJsonObject{
            {QStringLiteral("kind"), MessageKindNames::key(d.kind)},
            {QStringLiteral("templateId"), id(d.templateId)},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("body"), d.body},
            {QStringLiteral("updatedAt"), dateTime(d.updatedAt)},
        });
    }
    QJsonArray reminderActions;
    for (const ReminderAction &a : record.reminderActions) {
        reminderActions.append(QJsonObject{
            {QStringLiteral("reminder"), Reminders::key(a.kind)},
            {QStringLiteral("due"), date(a.due)},
            {QStringLiteral("choice"), Reminders::choiceKey(a.choice)},
            {QStringLiteral("until"), date(a.until)},
            {QStringLiteral("at"), dateTime(a.at)},
        });
    }

    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("topic"), i.topic},
        {QStringLiteral("step"), StepNames::key(i.step)},
        {QStringLiteral("organisationId"), id(i.organisationId)},
        {QStringLiteral("closedOn"), date(i.closedOn)},
        {QStringLiteral("closingReason"), i.closingReason},
        {QStringLiteral("learningGoals"), i.learningGoals},
        {QStringLiteral("researchNotes"), i.researchNotes},
        {QStringLiteral("links"), QJsonArray::fromStringList(i.links)},
        {QStringLiteral("contactId"), id(i.contactId)},
        {QStringLiteral("connection"), i.connection},
        {QStringLiteral("introducedById"), id(i.introducedById)},
        {QStringLiteral("eventId"), id(i.eventId)},
        {QStringLiteral("agenda"), i.agenda},
        {QStringLiteral("lengthMinutes"), i.lengthMinutes},
        {QStringLiteral("outreachSentOn"), date(i.outreachSentOn)},
        {QStringLiteral("channel"), ChannelNames::key(i.channel)},
        {QStringLiteral("outreachNote"), i.outreachNote},
        {QStringLiteral("followUpSentOn"), date(i.followUpSentOn)},
        {QStringLiteral("replyReceivedOn"), date(i.replyReceivedOn)},
        {QStringLiteral("questionsSentOn"), date(i.questionsSentOn)},
        {QStringLiteral("kind"), InterviewKindNames::key(i.kind)},
        {QStringLiteral("offerDeadline"), date(i.offerDeadline)},
        {QStringLiteral("scheduledAt"), dateTime(i.scheduledAt)},
        {QStringLiteral("medium"), MediumNames::key(i.medium)},
        {QStringLiteral("location"), i.location},
        {QStringLiteral("conversationNotes"), i.conversationNotes},
        {QStringLiteral("recordingConsentAt"), dateTime(i.recordingConsentAt)},
        {QStringLiteral("recordings"), recordings},
        {QStringLiteral("thankYouSentOn"), date(i.thankYouSentOn)},
        {QStringLiteral("introducerThankedOn"), date(i.introducerThankedOn)},
        {QStringLiteral("referralRequestedOn"), date(i.referralRequestedOn)},
        {QStringLiteral("lastTouchBaseOn"), date(i.lastTouchBaseOn)},
        {QStringLiteral("nextTouchBaseOn"), date(i.nextTouchBaseOn)},
        {QStringLiteral("createdAt"), dateTime(i.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(i.updatedAt)},
        {QStringLiteral("history"), history},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("practiceRuns"), practiceRuns},
        {QStringLiteral("referrals"), referrals},
        {QStringLiteral("sentMessages"), sent},
        {QStringLiteral("drafts"), drafts},
        {QStringLiteral("reminderActions"), reminderActions},
    };
}

QJsonObject eventObject(const EventRecord &record)
{
    const NetworkingEvent &e = record.event;
    QJsonArray people;
    for (const EventPerson &person : record.people) {
        people.append(QJsonObject{{QStringLiteral("contactId"), id(person.contactId)},
                                  {QStringLiteral("name"), person.name},
                                  {QStringLiteral("note"), person.note}});
    }
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("startsAt"), dateTime(e.startsAt)},
        {QStringLiteral("place"), e.place},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("createdAt"), dateTime(e.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(e.updatedAt)},
        {QStringLiteral("people"), people},
    };
}

QJsonObject questionObject(const Question &q)
{
    return {
        {QStringLiteral("id"), q.id},
        {QStringLiteral("text"), q.text},
        {QStringLiteral("category"), q.category},
        {QStringLiteral("tiara"), optionalText(TiaraNames::key(q.tiara))},
        {QStringLiteral("notes"), q.notes},
        {QStringLiteral("favourite"), q.favourite},
        {QStringLiteral("defaultKey"), optionalText(q.defaultKey)},
        {QStringLiteral("createdAt"), dateTime(q.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(q.updatedAt)},
    };
}

QJsonObject templateObject(const MessageTemplate &t)
{
    return {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("kind"), MessageKindNames::key(t.kind)},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("subject"), t.subject},
        {QStringLiteral("body"), t.body},
        {QStringLiteral("defaultKey"), optionalText(t.defaultKey)},
        {QStringLiteral("createdAt"), dateTime(t.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(t.updatedAt)},
    };
}

template<typename T, typename F>
QJsonArray array(const QList<T> &items, F toObject)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(toObject(item));
    return result;
}

} // namespace

JsonExport::Input JsonExport::collect(const ContactStore &contacts, const OrganisationStore &organisations,
                                      const InterviewStore &interviews, const QuestionStore &questions,
                                      const TemplateStore &templates, const EventStore &events)
{
    Input input;
    input.contacts = contacts.all();
    input.pastJobs = contacts.allPastJobs();
    input.organisations = organisations.all();
    for (const Interview &interview : interviews.all()) {
        if (std::optional<InterviewRecord> record = interviews.record(interview.id))
            input.interviews << *record;
    }
    input.questions = questions.all();
    input.templates = templates.all();
    input.events = events.records();
    input.schemaVersion = Database::SchemaVersion; // the stores' database is migrated to it on open
    return input;
}

QMap<QString, QString> JsonExport::tableLocations()
{
    return {
        {QStringLiteral("contacts"), QStringLiteral("contacts")},
        {QStringLiteral("organisations"), QStringLiteral("organisations")},
        {QStringLiteral("interviews"), QStringLiteral("interviews")},
        {QStringLiteral("interview_events"), QStringLiteral("interviews[].history")},
        {QStringLiteral("interview_questions"), QStringLiteral("interviews[].plan")},
        {QStringLiteral("interview_referrals"), QStringLiteral("interviews[].referrals")},
        {QStringLiteral("practice_runs"), QStringLiteral("interviews[].practiceRuns")},
        {QStringLiteral("practice_questions"), QStringLiteral("interviews[].practiceRuns[].questions")},
        {QStringLiteral("recordings"), QStringLiteral("interviews[].recordings")},
        {QStringLiteral("contact_jobs"), QStringLiteral("contacts[].pastJobs")},
        {QStringLiteral("events"), QStringLiteral("events")},
        {QStringLiteral("event_people"), QStringLiteral("events[].people")},
        {QStringLiteral("sent_messages"), QStringLiteral("interviews[].sentMessages")},
        {QStringLiteral("message_drafts"), QStringLiteral("interviews[].drafts")},
        {QStringLiteral("reminder_actions"), QStringLiteral("interviews[].reminderActions")},
        {QStringLiteral("questions"), QStringLiteral("questions")},
        {QStringLiteral("message_templates"), QStringLiteral("messageTemplates")},
    };
}

QStringList JsonExport::bookkeepingTables()
{
    return {QStringLiteral("shipped_defaults")};
}

QJsonObject JsonExport::toJsonObject(const Input &input)
{
    return {
        {QStringLiteral("format"), QStringLiteral("coffeechat-export")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exportedAt"), input.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), input.schemaVersion},
        {QStringLiteral("contacts"),
         array(input.contacts, [&input](const Contact &c) { return contactObject(c, input.pastJobs.value(c.id)); })},
        {QStringLiteral("organisations"), array(input.organisations, organisationObject)},
        {QStringLiteral("interviews"), array(input.interviews, interviewObject)},
        {QStringLiteral("questions"), array(input.questions, questionObject)},
        {QStringLiteral("messageTemplates"), array(input.templates, templateObject)},
        {QStringLiteral("events"), array(input.events, eventObject)},
    };
}

QByteArray JsonExport::toJson(const Input &input, Counts *counts)
{
    if (counts) {
        counts->contacts = int(input.contacts.size());
        counts->organisations = int(input.organisations.size());
        counts->interviews = int(input.interviews.size());
        counts->questions = int(input.questions.size());
        counts->templates = int(input.templates.size());
        counts->events = int(input.events.size());
    }
    return QJsonDocument(toJsonObject(input)).toJson(QJsonDocument::Indented);
}

bool JsonExport::write(const Input &input, const QString &path, QString *error, Counts *counts)
{
    return ExportFile::write(path, toJson(input, counts), error);
}

#include "workspace.h"

#include "models/contactlistmodel.h"
#include "models/eventlistmodel.h"
#include "models/interviewlistmodel.h"
#include "models/networkcache.h"
#include "models/organisationlistmodel.h"
#include "models/questionbankmodel.h"
#include "models/targetlistmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QUndoStack>

RecordingFiles Workspace::recordingFiles() const
{
    return RecordingFiles(database->path());
}

QString Workspace::interviewTitle(const Interview &interview) const
{
    QString person;
    if (const std::optional<Contact> contact = contacts->contact(interview.contactId))
        person = contact->displayName();
    const QString topic = interview.topic.trimmed();
    if (person.isEmpty() && topic.isEmpty())
        return QCoreApplication::translate("Workspace", "Interview %1").arg(interview.id);
    if (person.isEmpty())
        return topic;
    if (topic.isEmpty())
        return person;
    return QCoreApplication::translate("Workspace", "%1: %2").arg(person, topic);
}

Workspace::Workspace(Database *db, Clock now)
    : database(db)
    , contacts(new ContactStore(db))
    , interviews(new InterviewStore(db))
    , organisations(new OrganisationStore(db))
    , questions(new QuestionStore(db))
    , templates(new TemplateStore(db))
    , messages(new MessageStore(db))
    , events(new EventStore(db))
    , contactModel(new ContactListModel(contacts, ContactListModel::Loading::InBackground))
    , undoStack(new QUndoStack)
    , contactChoices(new ContactListModel(contacts, contactModel))
    , clock(std::move(now))
    , reminders(ReminderSettings::load())
{
    questionBank = new QuestionBankModel(questions, interviews);
    // A contact's deletion cuts, and its undo mends, referrals and introducers of interviews.
    QObject::connect(contacts, &ContactStore::interviewLinksChanged, interviews, &InterviewStore::announceLinksChanged);
    // The interview lists read in the background, as the contact list does: thousands of
    // interviews must not keep the window from appearing.
    interviewModel = new InterviewListModel(interviews, contacts, organisations, clock, Loading::InBackground);
    interviewModel->setReminderSettings(reminders);
    todayModel = new TodayModel(interviews, contacts, organisations, clock, Loading::InBackground);
    todayModel->setReminderSettings(reminders);
    organisationModel = new OrganisationListModel(organisations, interviews);
    // The employers of the network are worked out in the background: 30,000 contacts.
    network = new NetworkCache(contacts, Loading::InBackground);
    targetModel = new TargetListModel(organisations, network);
    todayModel->setTargets(targetModel, network); // whom to contact next at an active target
    eventModel = new EventListModel(events, interviews, clock);
    todayModel->setEventStore(events);
}

Workspace::~Workspace()
{
    // In reverse order of making: what reads a store goes before it.
    delete eventModel;
    delete targetModel;
    delete network;
    delete organisationModel;
    delete todayModel;
    delete interviewModel;
    delete questionBank;
    delete contactChoices;
    delete undoStack;
    delete contactModel;
    delete events;
    delete messages;
    delete templates;
    delete questions;
    delete organisations;
    delete interviews;
    delete contacts;
}

bool Workspace::isLoading() const
{
    return contactModel->isLoading() || contactChoices->isLoading() || interviewModel->isLoading()
        || todayModel->isLoading() || network->isLoading();
}

KSyntaxHighlighting::Repository *Workspace::syntaxRepository()
{
    if (!m_syntaxRepository) {
        m_syntaxRepository = std::make_unique<KSyntaxHighlighting::Repository>();
        // ui/CMakeLists.txt compiles in :/coffeechat/syntax/coffeechat-template.xml.
        m_syntaxRepository->addCustomSearchPath(QStringLiteral(":/coffeechat"));
    }
    return m_syntaxRepository.get();
}

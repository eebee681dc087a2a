#include "workspace.h"

#include "storage/contactstore.h"

#include <QCoreApplication>

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

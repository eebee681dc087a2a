#include "workspace.h"

#include "storage/contactstore.h"

#include <KSyntaxHighlighting/Repository>

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

Workspace::Workspace() = default;
Workspace::~Workspace() = default;

KSyntaxHighlighting::Repository *Workspace::syntaxRepository()
{
    if (!m_syntaxRepository) {
        m_syntaxRepository = std::make_unique<KSyntaxHighlighting::Repository>();
        // ui/CMakeLists.txt compiles in :/coffeechat/syntax/coffeechat-template.xml.
        m_syntaxRepository->addCustomSearchPath(QStringLiteral(":/coffeechat"));
    }
    return m_syntaxRepository.get();
}

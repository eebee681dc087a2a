#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "messages/myprofile.h"

#include <QHash>
#include <QString>

#include <optional>

// What fills a template's placeholders for one interview, by placeholder name
// ("contact.first_name"; see TemplateRenderer::knownPlaceholders()). An empty value means
// the data is missing, and the renderer reports it instead of writing nothing.
class MessageValues
{
public:
    // `questions` are the interview's planned questions, in the order they will be asked.
    static MessageValues forInterview(const Interview &interview, const std::optional<Contact> &contact,
                                      const std::optional<Organisation> &organisation,
                                      const std::optional<Contact> &introducer, const MyProfile &me,
                                      const QStringList &questions = {});

    // The questions as a numbered list, one per line ("1. What…"), each on one line; blank ones
    // left out.
    static QString numberedList(const QStringList &questions);

    // The interview's topic as it reads after "a conversation about": trimmed, without a final
    // "." "?" or "!", without a leading "Learn (about)", "Find out (about)", "Understand",
    // "Explore" or "Discover", and with a leading question word or article in lower case
    // ("What a data lead does" → "what a data lead does"). Names keep their capitals.
    static QString topicPhrase(const QString &topic);

    QString value(const QString &name) const { return m_values.value(name.trimmed().toLower()); }
    void setValue(const QString &name, const QString &value) { m_values.insert(name.trimmed().toLower(), value); }

    // How we are connected (Interview::connection). Not a placeholder, since it is a note to
    // oneself, but the outreach checks look for it in the first sentence.
    QString connection() const { return m_connection; }
    void setConnection(const QString &connection) { m_connection = connection; }

    // What the conversation is for: talk of the job is expected after an offer.
    InterviewKind interviewKind() const { return m_interviewKind; }
    void setInterviewKind(InterviewKind kind) { m_interviewKind = kind; }

private:
    QHash<QString, QString> m_values;
    QString m_connection;
    InterviewKind m_interviewKind = InterviewKind::Exploring;
};

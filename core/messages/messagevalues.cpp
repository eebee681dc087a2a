#include "messages/messagevalues.h"

#include <QLocale>
#include <QRegularExpression>

MessageValues MessageValues::forInterview(const Interview &interview, const std::optional<Contact> &contact,
                                          const std::optional<Organisation> &organisation,
                                          const std::optional<Contact> &introducer, const MyProfile &me,
                                          const QStringList &questions)
{
    MessageValues values;
    if (contact) {
        values.setValue(QStringLiteral("contact.first_name"), contact->firstName.trimmed());
        values.setValue(QStringLiteral("contact.last_name"), contact->lastName.trimmed());
        values.setValue(QStringLiteral("contact.full_name"), contact->displayName().trimmed());
        values.setValue(QStringLiteral("contact.company"), contact->company.trimmed());
        values.setValue(QStringLiteral("contact.position"), contact->position.trimmed());
    }
    // Most interviews have an organisation; otherwise the person's employer is the best guess.
    const QString organisationName = organisation ? organisation->name.trimmed() : QString();
    values.setValue(QStringLiteral("organisation"),
                    organisationName.isEmpty() && contact ? contact->company.trimmed() : organisationName);
    values.setValue(QStringLiteral("interview.topic"), topicPhrase(interview.topic));
    if (interview.scheduledAt.isValid())
        values.setValue(QStringLiteral("interview.date"),
                        QLocale().toString(interview.scheduledAt.toLocalTime().date(), QLocale::LongFormat));
    if (interview.lengthMinutes > 0)
        values.setValue(QStringLiteral("interview.length"), QString::number(interview.lengthMinutes));
    values.setValue(QStringLiteral("my.name"), me.name.trimmed());
    values.setValue(QStringLiteral("my.email"), me.email.trimmed());
    const QString signature = me.signature.trimmed();
    values.setValue(QStringLiteral("my.signature"), signature.isEmpty() ? me.name.trimmed() : signature);
    if (introducer) {
        values.setValue(QStringLiteral("referrer.name"), introducer->displayName().trimmed());
        values.setValue(QStringLiteral("referrer.first_name"), introducer->firstName.trimmed());
    }
    values.setValue(QStringLiteral("interview.questions"), numberedList(questions));
    values.setConnection(interview.connection.trimmed());
    values.setInterviewKind(interview.kind);
    return values;
}

QString MessageValues::numberedList(const QStringList &questions)
{
    QStringList lines;
    for (const QString &question : questions) {
        const QString line = question.simplified(); // a question written over two lines stays one item
        if (!line.isEmpty())
            lines << QStringLiteral("%1. %2").arg(lines.size() + 1).arg(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString MessageValues::topicPhrase(const QString &topic)
{
    QString phrase = topic.simplified();
    // Written as a goal ("Learn what…") or a question ("What does…?"), it still has to follow
    // "talk with me about".
    static const QRegularExpression goal(
        QStringLiteral(
            "^(?:to\\s+)?(?:learn|find\\s+out|understand|explore|discover|hear)(?:\\s+(?:more\\s+)?about)?\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endPunctuation(QStringLiteral("[\\s.?!…]+$"));
    phrase.remove(goal);
    phrase.remove(endPunctuation);
    static const QRegularExpression firstWord(
        QStringLiteral("^(What|How|Why|When|Where|Who|Which|Whether|The|A|An|Working|Life|Careers?)\\b"));
    const QRegularExpressionMatch first = firstWord.match(phrase);
    if (first.hasMatch())
        phrase.replace(0, 1, phrase.at(0).toLower());
    return phrase;
}

#include "messages/outreachchecks.h"

#include "messages/messagevalues.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Words, with inner apostrophes and hyphens ("I'm", "20-minute"); Markdown marks fall away.
QStringList words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*"));
    QStringList result;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        result << it.next().captured().toLower().replace(QStringLiteral("’"), QStringLiteral("'"));
    return result;
}

bool containsPattern(const QString &text, const QString &pattern)
{
    const QRegularExpression re(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

// The message without the signature block: it is about the sender by nature.
QString withoutSignature(const QString &body, const QString &signature)
{
    const QString trimmed = signature.trimmed();
    if (trimmed.isEmpty())
        return body;
    const qsizetype at = body.lastIndexOf(trimmed);
    return at < 0 ? body : body.left(at) + body.mid(at + trimmed.size());
}

// A first line such as "Hi Jane," or "Dear Dr Smith": short and opening with a greeting
// or ending with a comma.
bool isGreeting(const QString &line)
{
    static const QRegularExpression opener(
        QStringLiteral("^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = line.trimmed();
    return words(trimmed).size() <= 6 && (opener.match(trimmed).hasMatch() || trimmed.endsWith(QLatin1Char(',')));
}

// Sentences end at ".", "!" or "?" followed by a space, and at line breaks.
QStringList sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    QStringList result;
    for (const QString &sentence : text.split(boundary, Qt::SkipEmptyParts)) {
        if (!sentence.trimmed().isEmpty())
            result << sentence.trimmed();
    }
    return result;
}

QString firstSentenceAfterGreeting(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (!lines.isEmpty() && isGreeting(lines.first()))
        lines.removeFirst();
    const QStringList rest = sentences(lines.join(QLatin1Char('\n')));
    return rest.value(0);
}

// Length: every word of the message except the signature.
OutreachCheck lengthCheck(int wordCount)
{
    const bool passed = wordCount < OutreachChecks::MaximumWords;
    return {OutreachCheck::Length, passed,
            passed ? OutreachChecks::tr("Word count %1: short enough to read at a glance.").arg(wordCount)
                   : OutreachChecks::tr("Word count %1: aim for under %2 words, so busy people read it to the end.")
                         .arg(wordCount)
                         .arg(OutreachChecks::MaximumWords)};
}

// A request phrased as a question: a sentence ending in "?" that asks for time or a talk
// ("Could you spare 20 minutes?", "Would you be open to a call?").
OutreachCheck questionCheck(const QString &text)
{
    static const QString requestWords =
        QStringLiteral("\\b(could|would|may|might|can|minutes?|call|coffee|chat|talk|meet|speak|time)\\b");
    bool passed = false;
    for (const QString &sentence : sentences(text)) {
        if (sentence.endsWith(QLatin1Char('?')) && containsPattern(sentence, requestWords)) {
            passed = true;
            break;
        }
    }
    return {OutreachCheck::RequestAsQuestion, passed,
            passed ? OutreachChecks::tr("Your request is a question they can answer.")
                   : OutreachChecks::tr("Ask as a question, e.g. “Would you have 20 minutes for a call?”")};
}

// The connection first: the first sentence after the greeting names who introduced you, a
// distinctive word of how you are connected (a school, an employer, an event), or one of
// the phrases that say so ("we met", "fellow", "alumni", "mutual", "suggested"...).
OutreachCheck connectionCheck(const QString &text, const MessageValues &values)
{
    static const QString cues = QStringLiteral(
        "\\b(we met|met at|met you|you spoke|your talk|alumn(i|us|a|ae)|fellow|classmates?|mutual|in common|"
        "we both|introduced|introduction|referred|suggested|recommended|pointed me|"
        "following up|wrote to you|my (earlier|last) (note|message|email))\\b");
    static const QSet<QString> ordinary = {
        QStringLiteral("with"),   QStringLiteral("from"),    QStringLiteral("both"),     QStringLiteral("same"),
        QStringLiteral("that"),   QStringLiteral("this"),    QStringLiteral("they"),     QStringLiteral("their"),
        QStringLiteral("were"),   QStringLiteral("have"),    QStringLiteral("about"),    QStringLiteral("through"),
        QStringLiteral("friend"), QStringLiteral("contact"), QStringLiteral("linkedin"),
    };
    const QString first = firstSentenceAfterGreeting(text);
    const QStringList firstList = words(first);
    const QSet<QString> firstWords(firstList.cbegin(), firstList.cend());
    bool passed = containsPattern(first, cues);
    const QStringList known = words(values.value(QStringLiteral("referrer.name"))) + words(values.connection());
    for (const QString &word : known) {
        if (passed)
            break;
        passed = word.size() >= 3 && !ordinary.contains(word) && firstWords.contains(word);
    }
    return {OutreachCheck::ConnectionFirst, passed,
            passed ? OutreachChecks::tr("You open with how you are connected.")
                   : OutreachChecks::tr("Open with your connection: who suggested them, or what you have in common.")};
}

// No job talk: informational interviews are for learning. "Your job" is about them and is
// fine; "a job", openings, vacancies, hiring, CVs and applying are not.
OutreachCheck jobCheck(const QString &text)
{
    static const QString jobTalk = QStringLiteral(
        "(?<!your )(?<!your current )\\bjobs?\\b|\\bopenings?\\b|\\bvacanc(y|ies)\\b|\\bhiring\\b|\\bhire me\\b|"
        "\\bopen (positions?|roles?)\\b|\\b(positions?|roles?) (open|available)\\b|\\br[eé]sum[eé]s?\\b|\\bcv\\b|"
        "\\bappl(y|ying)\\b");
    const bool passed = !containsPattern(text, jobTalk);
    return {OutreachCheck::NoJobRequest, passed,
            passed
                ? OutreachChecks::tr("No mention of jobs: you ask to learn, which people gladly say yes to.")
                : OutreachChecks::tr("Leave out jobs, openings and your CV: ask to learn from them, not for a job.")};
}

// About them: at least as many "you, your" as "I, me, my".
OutreachCheck aboutThemCheck(const QStringList &allWords)
{
    int you = 0;
    int me = 0;
    for (const QString &word : allWords) {
        if (word == u"you" || word == u"your" || word == u"yours" || word == u"yourself" || word.startsWith(u"you'"))
            ++you;
        else if (word == u"i" || word == u"me" || word == u"my" || word == u"mine" || word == u"myself"
                 || word.startsWith(u"i'"))
            ++me;
    }
    const bool passed = you >= me;
    return {OutreachCheck::AboutThem, passed,
            passed ? OutreachChecks::tr("More about them than about you.")
                   : OutreachChecks::tr("More “I” than “you”: say what draws you to their work.")};
}

} // namespace

QList<OutreachCheck> OutreachChecks::run(const QString &body, const MessageValues &values)
{
    const QString text = withoutSignature(body, values.value(QStringLiteral("my.signature")));
    const QStringList allWords = words(text);
    QList<OutreachCheck> checks{lengthCheck(int(allWords.size())), questionCheck(text), connectionCheck(text, values)};
    // After an offer, the job is what the conversation is about: no advice against naming it.
    if (values.interviewKind() != InterviewKind::DecidingOnOffer)
        checks << jobCheck(text);
    checks << aboutThemCheck(allWords);
    return checks;
}

bool OutreachChecks::appliesTo(MessageKind kind)
{
    return kind == MessageKind::Outreach || kind == MessageKind::FollowUp;
}

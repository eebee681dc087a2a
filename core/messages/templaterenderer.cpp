#include "messages/templaterenderer.h"

#include "messages/messagevalues.h"

namespace {

const QString placeholderOpen = QStringLiteral("{{");
const QString placeholderClose = QStringLiteral("}}");
const QString slotOpen = QStringLiteral("[[");
const QString slotClose = QStringLiteral("]]");
const QString escapedPlaceholder = QStringLiteral("\\{{");
const QString escapedSlot = QStringLiteral("\\[[");

void addOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list << item;
}

// Where the construct opened at `from` closes on the same line; -1 when it does not. A
// template spans many lines, a placeholder or slot never does.
qsizetype closingOnLine(const QString &text, qsizetype from, const QString &close)
{
    const qsizetype end = text.indexOf(close, from);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), from);
    if (end < 0 || (lineEnd >= 0 && lineEnd < end))
        return -1;
    return end;
}

// What an unclosed "{{" was probably meant to be: up to the next space or the end of the line.
QString unclosedAsWritten(const QString &text, qsizetype from)
{
    qsizetype end = from + 2;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return text.mid(from, end - from);
}

} // namespace

TemplateRenderer::Rendered TemplateRenderer::render(const QString &text, const MessageValues &values)
{
    Rendered result;
    result.text.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(escapedPlaceholder) || rest.startsWith(escapedSlot)) {
            result.text += rest.left(3);
            i += 3;
        } else if (rest.startsWith(placeholderOpen)) {
            const qsizetype close = closingOnLine(text, i + 2, placeholderClose);
            if (close < 0) {
                const QString asWritten = unclosedAsWritten(text, i);
                addOnce(result.unknownPlaceholders, asWritten);
                result.text += asWritten;
                i += asWritten.size();
                continue;
            }
            const QString asWritten = text.mid(i, close + 2 - i);
            const QString name = text.mid(i + 2, close - i - 2).trimmed().toLower();
            const QString value = values.value(name);
            if (!isKnownPlaceholder(name)) {
                addOnce(result.unknownPlaceholders, asWritten);
                result.text += asWritten;
            } else if (value.trimmed().isEmpty()) {
                addOnce(result.missingValues, name);
                result.text += asWritten;
            } else {
                result.text += escape(value);
            }
            i = close + 2;
        } else if (rest.startsWith(slotOpen)) {
            const qsizetype close = closingOnLine(text, i + 2, slotClose);
            if (close < 0) {
                // "[[" alone is just text (a nested list in a note, say), not a slot.
                result.text += slotOpen;
                i += 2;
                continue;
            }
            addOnce(result.unfilledSlots, text.mid(i + 2, close - i - 2).trimmed());
            result.text += text.mid(i, close + 2 - i);
            i = close + 2;
        } else {
            result.text += text.at(i);
            ++i;
        }
    }
    return result;
}

QStringList TemplateRenderer::knownPlaceholders()
{
    return {
        QStringLiteral("contact.first_name"),
        QStringLiteral("contact.last_name"),
        QStringLiteral("contact.full_name"),
        QStringLiteral("contact.position"),
        QStringLiteral("contact.company"),
        QStringLiteral("organisation"),
        QStringLiteral("referrer.name"),
        QStringLiteral("referrer.first_name"),
        QStringLiteral("interview.topic"),
        QStringLiteral("interview.date"),
        QStringLiteral("interview.length"),
        QStringLiteral("interview.questions"),
        QStringLiteral("my.name"),
        QStringLiteral("my.email"),
        QStringLiteral("my.signature"),
    };
}

bool TemplateRenderer::isKnownPlaceholder(const QString &name)
{
    return knownPlaceholders().contains(name.trimmed().toLower());
}

QString TemplateRenderer::description(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"contact.first_name")
        return tr("Their first name");
    if (key == u"contact.last_name")
        return tr("Their last name");
    if (key == u"contact.full_name")
        return tr("Their full name");
    if (key == u"contact.position")
        return tr("Their job title");
    if (key == u"contact.company")
        return tr("The company they work for");
    if (key == u"organisation")
        return tr("The interview's organisation, or else their company");
    if (key == u"referrer.name")
        return tr("Who introduced you to them");
    if (key == u"referrer.first_name")
        return tr("The first name of the person who introduced you");
    if (key == u"interview.topic")
        return tr("What the conversation is about");
    if (key == u"interview.date")
        return tr("The day of the conversation");
    if (key == u"interview.length")
        return tr("The agreed length in minutes");
    if (key == u"interview.questions")
        return tr("The questions you plan to ask, as a numbered list");
    if (key == u"my.name")
        return tr("Your name");
    if (key == u"my.email")
        return tr("Your email address");
    if (key == u"my.signature")
        return tr("Your signature, or your name when you have none");
    return QString();
}

QString TemplateRenderer::escape(const QString &value)
{
    QString result = value;
    result.replace(placeholderOpen, escapedPlaceholder);
    result.replace(slotOpen, escapedSlot);
    return result;
}

QString TemplateRenderer::unescape(const QString &text)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(escapedPlaceholder) || rest.startsWith(escapedSlot)) {
            result += rest.mid(1, 2);
            i += 3;
        } else {
            result += text.at(i);
            ++i;
        }
    }
    return result;
}

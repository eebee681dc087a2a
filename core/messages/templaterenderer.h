#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class MessageValues;

// Fills a template in. The syntax, chosen to read naturally in Markdown and to leave its
// links ([text](url)) alone:
//
//   {{contact.first_name}}   a placeholder, filled from the interview's data; spaces inside
//                            the braces and upper case are tolerated ({{ Contact.First_Name }})
//   [[one thing I learned]]  a slot: something only the user can write
//   \{{  \[[                 a literal "{{" or "[[" (the backslash goes in the message)
//
// Nothing is ever dropped silently: an unknown placeholder, a known one without a value and
// every slot stay in the text exactly as written, and are reported so the user can act.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)
public:
    struct Rendered {
        // The filled-in text, still in template syntax: what the composer's editor shows.
        // Rendering it again (after the user wrote into the slots) finds what is still open,
        // because values that contain "{{" or "[[" are escaped.
        QString text;
        QStringList unknownPlaceholders; // as written, e.g. "{{contact.nickname}}" or an unclosed "{{my.name"
        QStringList missingValues; // names of known placeholders without a value, e.g. "contact.first_name"
        QStringList unfilledSlots; // what each slot asks for, e.g. "one thing I learned"

        bool isComplete() const
        {
            return unknownPlaceholders.isEmpty() && missingValues.isEmpty() && unfilledSlots.isEmpty();
        }
        // The text to send: escapes resolved.
        QString message() const { return TemplateRenderer::unescape(text); }
    };

    static Rendered render(const QString &text, const MessageValues &values);

    // Every placeholder name, in the order an insert menu lists them.
    static QStringList knownPlaceholders();
    static bool isKnownPlaceholder(const QString &name);
    // What a placeholder stands for, translated; empty for an unknown name.
    static QString description(const QString &name);

    // "{{" and "[[" in user data, written so they are not taken for syntax; unescape() undoes it.
    static QString escape(const QString &value);
    static QString unescape(const QString &text);
};

#pragma once

#include "messages/messagetemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The format of the templates shipped with the app: JSON,
// {"format": "coffeechat-message-templates", "version": 1, "templates": [...]}, each with
// "key", "kind" (a MessageKindNames key), "name", "subject" and "body".
class TemplateFile
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFile)
public:
    static constexpr int Version = 1;

    struct Result {
        QList<MessageTemplate> templates;
        QString error; // empty when the file was read
        bool ok() const { return error.isEmpty(); }
    };

    // All or nothing: an entry without a name or body, or of an unknown kind, is an error
    // naming the entry.
    static Result parse(const QByteArray &json);
    // The templates that ship with Coffee Chat.
    static QList<MessageTemplate> defaults();
};

#include "messages/templatefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
const QString formatName = QStringLiteral("coffeechat-message-templates");
} // namespace

TemplateFile::Result TemplateFile::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        result.error = tr("This is not a valid template file: %1 on line %2.").arg(parseError.errorString()).arg(line);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        result.error = tr("This JSON file is not a Coffee Chat template file.");
        return result;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > Version) {
        result.error =
            tr("These templates were written by a newer version of Coffee Chat (format version %1).").arg(version);
        return result;
    }
    const QJsonArray entries = root.value(QStringLiteral("templates")).toArray();
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const QJsonObject entry = entries.at(n).toObject();
        const std::optional<MessageKind> kind =
            MessageKindNames::fromKey(entry.value(QStringLiteral("kind")).toString());
        MessageTemplate messageTemplate;
        messageTemplate.name = entry.value(QStringLiteral("name")).toString().trimmed();
        messageTemplate.subject = entry.value(QStringLiteral("subject")).toString().trimmed();
        messageTemplate.body = entry.value(QStringLiteral("body")).toString();
        messageTemplate.defaultKey = entry.value(QStringLiteral("key")).toString();
        if (!kind || messageTemplate.name.isEmpty() || messageTemplate.body.trimmed().isEmpty()) {
            result.templates.clear();
            result.error = tr("Template %1 in this file has no name, no text or an unknown kind.").arg(n + 1);
            return result;
        }
        messageTemplate.kind = *kind;
        result.templates.append(messageTemplate);
    }
    return result;
}

QList<MessageTemplate> TemplateFile::defaults()
{
    QFile file(QStringLiteral(":/coffeechat/templates/default-templates.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    const Result result = parse(opened ? file.readAll() : QByteArray());
    // The file is compiled in and tested; failing here is a build error, not a user's problem.
    Q_ASSERT_X(opened && result.ok(), "TemplateFile::defaults", qPrintable(result.error));
    return result.templates;
}

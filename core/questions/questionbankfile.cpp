#include "questions/questionbankfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

const QString formatName = QStringLiteral("coffeechat-question-bank");

// A bank file is a few hundred questions; anything much larger is not one.
constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

} // namespace

QuestionBankFile::Result QuestionBankFile::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Offsets are in bytes; a line number is what a person can find in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        result.error =
            tr("This is not a valid question bank file: %1 on line %2.").arg(parseError.errorString()).arg(line);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        result.error =
            tr("This JSON file is not a Coffee Chat question bank (it has no \"format\": \"%1\").").arg(formatName);
        return result;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > Version) {
        result.error =
            tr("This question bank was written by a newer version of Coffee Chat (format version %1).").arg(version);
        return result;
    }
    const QJsonValue list = root.value(QStringLiteral("questions"));
    if (!list.isArray()) {
        result.error = tr("This question bank has no list of questions.");
        return result;
    }
    const QJsonArray entries = list.toArray();
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const QJsonObject entry = entries.at(n).toObject();
        Question question;
        question.text = entry.value(QStringLiteral("text")).toString().trimmed();
        if (question.text.isEmpty()) {
            result.questions.clear();
            result.error = tr("Question %1 in this file has no text.").arg(n + 1);
            return result;
        }
        question.category = entry.value(QStringLiteral("category")).toString().trimmed();
        question.tiara = TiaraNames::fromKey(entry.value(QStringLiteral("tiara")).toString());
        question.notes = entry.value(QStringLiteral("notes")).toString();
        question.favourite = entry.value(QStringLiteral("favourite")).toBool();
        question.defaultKey = entry.value(QStringLiteral("key")).toString();
        result.questions.append(question);
    }
    return result;
}

QuestionBankFile::Result QuestionBankFile::read(const QString &path)
{
    Result result;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    if (file.size() > MaximumFileSize) {
        result.error =
            tr("“%1” is too large to be a question bank (%2 MB).").arg(name).arg(file.size() / (1024 * 1024));
        return result;
    }
    result = parse(file.readAll());
    if (!result.ok())
        result.error = tr("“%1” cannot be imported. %2").arg(name, result.error);
    return result;
}

QByteArray QuestionBankFile::serialize(const QList<Question> &questions)
{
    QJsonArray entries;
    for (const Question &question : questions) {
        QJsonObject entry;
        entry.insert(QStringLiteral("text"), question.text);
        entry.insert(QStringLiteral("category"), question.category);
        entry.insert(QStringLiteral("tiara"), TiaraNames::key(question.tiara));
        entry.insert(QStringLiteral("notes"), question.notes);
        entry.insert(QStringLiteral("favourite"), question.favourite);
        entries.append(entry);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("questions"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Question> QuestionBankFile::defaults()
{
    const Result result = read(QStringLiteral(":/coffeechat/questions/default-questions.json"));
    // The file is compiled in and tested; failing here is a build error, not a user's problem.
    Q_ASSERT_X(result.ok(), "QuestionBankFile::defaults", qPrintable(result.error));
    return result.questions;
}

#pragma once

#include "domain/question.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The file people use to share question sets, and the format of the bank shipped with the
// app: JSON, {"format": "coffeechat-question-bank", "version": 1, "questions": [...]}.
// Each question has "text" and optionally "category", "tiara", "notes", "favourite", "key".
class QuestionBankFile
{
    Q_DECLARE_TR_FUNCTIONS(QuestionBankFile)
public:
    static constexpr int Version = 1;

    struct Result {
        QList<Question> questions;
        QString error; // empty when the file was read
        bool ok() const { return error.isEmpty(); }
    };

    // Reads a bank. Questions without text are an error (naming the entry), so a broken
    // file is never half-imported.
    static Result parse(const QByteArray &json);
    static Result read(const QString &path);
    // The questions as the file format; ids, usage and timestamps stay private.
    static QByteArray serialize(const QList<Question> &questions);
    // The bank that ships with Coffee Chat.
    static QList<Question> defaults();
};

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// TIARA: the five kinds of question a good informational interview mixes (Trends, Insights,
// Advice, Resources, Assignments). Stored by key, like the workflow steps.
enum class Tiara { None, Trends, Insights, Advice, Resources, Assignments };

class TiaraNames
{
    Q_DECLARE_TR_FUNCTIONS(TiaraNames)
public:
    static QList<Tiara> all(); // None first
    static QString key(Tiara tiara);
    static Tiara fromKey(const QString &key);
    static QString displayName(Tiara tiara);
    static QString description(Tiara tiara);
};

// The bank's category of questions for a conversation held to decide on an offer, as shipped
// (default-questions.json): the interview page opens the bank on it for such a conversation.
inline constexpr char OfferQuestionsCategory[] = "Deciding on an offer";

// One question in the bank.
struct Question {
    qint64 id = 0; // 0 until stored
    QString text;
    QString category;
    Tiara tiara = Tiara::None;
    QString notes;
    bool favourite = false;
    int usageCount = 0; // how many interview plans use it; computed, never written
    QString defaultKey; // set on the questions shipped with the app, so they are seeded once
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Question &other) const = default;
};

// One question in an interview's plan. The text is copied when the question is chosen, so a
// printed prep sheet keeps what was planned even when the bank changes; questionId links
// back to the bank (0 for a question written for this interview alone).
struct PlannedQuestion {
    qint64 questionId = 0;
    QString text;

    bool isCustom() const { return questionId == 0; }
    bool operator==(const PlannedQuestion &other) const = default;
};

#pragma once

#include "domain/interview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

class Database;

// Search everything (Edit › Search Everything…, Ctrl+K): contacts, organisations, interviews
// (with their notes and the messages sent) and questions, searched the way the contact filter
// searches: every word typed must begin a word somewhere in the record, ignoring case and
// accents. The index holds each record's searchable text folded once, in memory; it is read
// on a worker thread (read()) and searched on each keystroke (find()): about 30,000 contacts
// take a few milliseconds (benchmark_contacts prints the figures).
namespace Search {

enum class Kind { Contact, Organisation, Interview, Question, Event };
inline constexpr int KindCount = 5;

// One searchable part of a record, e.g. an interview's conversation notes.
struct Field {
    QString label; // what the user sees it called, e.g. "Conversation notes"
    QString text;
    Step step = Step::Research; // for an interview: the tab that shows the field
};

struct Entry {
    Kind kind = Kind::Contact;
    qint64 id = 0;
    QString title; // the name the record is listed by; also searched
    QString subtitle; // e.g. a contact's position and company
    QList<Field> fields;
};

struct Hit {
    Kind kind = Kind::Contact;
    qint64 id = 0;
    QString title;
    QString subtitle;
    QString where; // the label of the field found, empty when the title matched
    QString snippet; // the words around what was found in that field, on one line
    Step step = Step::Research; // for an interview: the tab to open

    bool operator==(const Hit &other) const = default;
};

struct Results {
    QString query;
    std::array<QList<Hit>, KindCount> hits; // by kind; at most the limit given to find()
    std::array<int, KindCount> totals{}; // how many matched, listed or not

    int total() const;
    bool isEmpty() const { return total() == 0; }
    // Whether a kind's list, or any kind's, stops short of all that matched.
    bool isCut(int kind) const { return hits[kind].size() < totals[kind]; }
    bool isCut() const;
};

class Index
{
    Q_DECLARE_TR_FUNCTIONS(Search)
public:
    Index() = default;
    explicit Index(const QList<Entry> &entries);

    // Everything the search covers, read from the database. Runs on any thread (it opens its
    // own stores), e.g. in Database::runInBackground().
    static Index read(Database *database);

    // The records that hold every word of text, the title matches of each kind first; no
    // words find nothing. At most limitPerKind hits of each kind are listed.
    Results find(const QString &text, int limitPerKind = 50) const;

    qsizetype size() const { return m_entries.size(); }

    // How a kind of record is called in the results, e.g. "Contacts".
    static QString kindName(Kind kind);

private:
    struct Indexed {
        Entry entry;
        QString titleKey; // folded words of the title
        QStringList fieldKeys; // folded words of each field
        QString allKey; // all of them
    };
    QList<Indexed> m_entries;
};

// The part of text around the first of the words (as the user typed them), on one line and
// at most about width characters, with "…" where it was cut.
QString snippet(const QString &text, const QStringList &typedWords, int width = 90);

} // namespace Search

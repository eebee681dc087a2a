#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QUtf8StringView>
#include <QVarLengthArray>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Text values of one row, encoded to UTF-8 as SQLite wants them, into one buffer that is
// reused row after row: after the first rows, encoding allocates nothing.
class Utf8Row
{
public:
    struct Span {
        qsizetype offset;
        qsizetype size;
    };
    Utf8Row();
    Span append(QStringView text);
    Span appendAscii(const char *text, qsizetype size);
    // ISO 8601 ("2024-05-01"); nothing for an invalid date or one outside years 1 to 9999.
    std::optional<Span> appendDate(const QDate &date);
    // Valid until the next append() or clear().
    const char *data(Span span) const { return m_text.constData() + span.offset; }
    void clear() { m_used = 0; }

private:
    // Room for size more bytes at m_used.
    char *reserve(qsizetype size);

    QByteArray m_text;
    qsizetype m_used = 0;
    // Stateless: half a surrogate pair at the end of one value must not carry into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// A prepared statement on the SQLite handle underneath a Qt Sql connection, for the few paths
// that move every contact at once (import, loading the list). Binding through QSqlQuery costs
// several QVariant and QString allocations per value, which made those paths several times
// slower than SQLite itself. It runs inside the connection's transactions like any QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &connection, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQL. Text is encoded to UTF-8 into one buffer per row,
    // so binding allocates nothing once the buffer has grown. A null QString is bound as ''
    // (the text columns are NOT NULL).
    void bind(int parameter, QStringView text);
    // Text already in UTF-8 that stays unchanged and alive until the statement has run.
    void bindUtf8(int parameter, QByteArrayView utf8);
    void bind(int parameter, qint64 value);
    void bindNull(int parameter);
    // NULL when invalid, else ISO 8601 ("2024-05-01").
    void bind(int parameter, const QDate &date);
    // SQLite's pointer passing: only an extension function or table that asks for this type
    // sees the pointer. It must stay valid until the statement has run.
    void bindPointer(int parameter, void *pointer, const char *type);

    // The SQLite connection under a Qt Sql one; null if it is not QSQLITE's.
    static sqlite3 *handleOf(const QSqlDatabase &connection);

    // Runs the statement: true for a row (read it with the column functions), false when done
    // or failed (see ok()). reset() makes it ready to run again.
    bool step();
    bool ok() const { return m_ok; }
    void reset();

    QString text(int column) const;
    // The column's text as SQLite holds it, valid until the next step() or reset().
    QUtf8StringView utf8(int column) const;
    qint64 integer(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

    qint64 lastInsertId() const;
    int changes() const;
    // SQLite's message and extended result code for the last failure.
    QString errorText() const;
    int errorCode() const;

private:
    struct PendingText {
        int parameter;
        Utf8Row::Span span;
    };

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = true;
    // This row's text, bound when the statement runs (the buffer may move while it grows).
    Utf8Row m_text;
    QVarLengthArray<PendingText, 16> m_pending;
};

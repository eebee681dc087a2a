#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QUtf8StringView>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

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
        qsizetype offset;
        qsizetype size;
    };
    void bindAscii(int parameter, const char *text, qsizetype size);
    // Room for size more bytes of this row's text, at m_used.
    char *reserveText(qsizetype size);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = true;
    // This row's text, bound when the statement runs (the buffer may move while it grows).
    QByteArray m_text;
    qsizetype m_used = 0;
    QVarLengthArray<PendingText, 16> m_pending;
    // Stateless: half a surrogate pair at the end of one value must not carry into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

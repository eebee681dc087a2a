#include "storage/sqlitestatement.h"

#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstring>

namespace {

// Fixed-width digits from ASCII text; -1 when any is not a digit.
int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

QDate parseDate(const char *text, int size)
{
    if (size < 10 || text[4] != '-' || text[7] != '-')
        return {};
    return QDate(digits(text, 4), digits(text + 5, 2), digits(text + 8, 2));
}

} // namespace

Utf8Row::Utf8Row()
{
    m_text.resize(1024);
}

char *Utf8Row::reserve(qsizetype size)
{
    // Grown, never shrunk.
    if (m_used + size > m_text.size())
        m_text.resize(qMax(m_used + size, 2 * m_text.size()));
    return m_text.data() + m_used;
}

Utf8Row::Span Utf8Row::append(QStringView text)
{
    char *start = reserve(text.size() * 3); // the most UTF-8 that UTF-16 can need
    // Most text is short ASCII, copied here without a call into the converter.
    const char16_t *in = text.utf16();
    const qsizetype size = text.size();
    qsizetype ascii = 0;
    while (ascii < size && in[ascii] < 0x80) {
        start[ascii] = char(in[ascii]);
        ++ascii;
    }
    const char *end = ascii == size ? start + size : m_encoder.appendToBuffer(start + ascii, text.sliced(ascii));
    const Span span{m_used, end - start};
    m_used += span.size;
    return span;
}

Utf8Row::Span Utf8Row::appendAscii(const char *text, qsizetype size)
{
    std::memcpy(reserve(size), text, size_t(size));
    const Span span{m_used, size};
    m_used += size;
    return span;
}

std::optional<Utf8Row::Span> Utf8Row::appendDate(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion instead of three
    if (!date.isValid() || year < 1 || year > 9999)
        return std::nullopt;
    const char text[10] = {char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                           char('0' + year % 10), '-', char('0' + month / 10), char('0' + month % 10), '-',
                           char('0' + day / 10), char('0' + day % 10)};
    return appendAscii(text, sizeof text);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &connection)
{
    // QSQLITE hands out its sqlite3 pointer for exactly this purpose (see QSqlDriver::handle()).
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const char *sql)
    : m_db(handleOf(connection))
{
    if (!m_db || sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int parameter, QStringView text)
{
    m_pending.append({parameter, m_text.append(text)});
}

void SqliteStatement::bindUtf8(int parameter, QByteArrayView utf8)
{
    // SQLite reads a null pointer as NULL; the text columns want ''.
    sqlite3_bind_text(m_statement, parameter, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindPointer(int parameter, void *pointer, const char *type)
{
    sqlite3_bind_pointer(m_statement, parameter, pointer, type, nullptr);
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bind(int parameter, const QDate &date)
{
    if (const std::optional<Utf8Row::Span> text = m_text.appendDate(date))
        m_pending.append({parameter, *text});
    else
        bindNull(parameter);
}

bool SqliteStatement::step()
{
    if (!m_statement)
        return false;
    for (const PendingText &text : std::as_const(m_pending))
        sqlite3_bind_text(m_statement, text.parameter, m_text.data(text.span), int(text.span.size), SQLITE_STATIC);
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    m_ok = result == SQLITE_DONE;
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_text.clear(); // the buffer is reused for the next row
    m_pending.clear(); // QVarLengthArray keeps its storage
    m_ok = m_statement != nullptr;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return size > 0 ? QString::fromUtf8(data, size) : QString();
}

QUtf8StringView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QUtf8StringView(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDate SqliteStatement::date(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? parseDate(data, sqlite3_column_bytes(m_statement, column)) : QDate();
}

// Reads what bind(QDateTime) writes without QDateTime::fromString, which is slow enough to
// dominate loading a large contact list. Anything else falls back to it.
QDateTime SqliteStatement::dateTime(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_statement, column);
    if (size == 24 && data[10] == 'T' && data[13] == ':' && data[16] == ':' && data[19] == '.' && data[23] == 'Z') {
        const QDate day = parseDate(data, size);
        const QTime time(digits(data + 11, 2), digits(data + 14, 2), digits(data + 17, 2), digits(data + 20, 3));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, QTimeZone::UTC);
    }
    return QDateTime::fromString(QString::fromUtf8(data, size), Qt::ISODateWithMs);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not an SQLite connection");
}

int SqliteStatement::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

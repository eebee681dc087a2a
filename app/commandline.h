#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

class Database;
class QTextStream;

// What the commands share.

// The translation context of every command's messages.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Opens the database for a command that reads: a mistyped path must not create an empty one.
// On failure prints why to err and returns false.
bool openExisting(Database &database, const QString &path, QTextStream &err);

// What the commands that write a file share: -o FILE, --database PATH and --help.
class FileCommandLine
{
public:
    // outputHelp describes -o in --help, e.g. whether "-" (standard output) is taken.
    FileCommandLine(const QString &description, const QString &outputHelp);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    QString output() const { return m_parser.value(m_output); }
    QString databasePath() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_output;
    QCommandLineOption m_database;
};

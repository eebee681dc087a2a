#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Database;
struct Contact;

// `coffeechat export KIND -o FILE [--database PATH]`, without a window: calendar (scheduled
// interviews and reminders as .ics), contacts (.csv), vcard (.vcf) or json (everything).
//
// Design note: the kinds are passed in because they need different libraries. contacts and json
// need only Qt Core, so the launcher runs them itself; calendar and vcard need KDE Frameworks,
// which link Qt Gui, so only the full program has them (desktopexports.h).

// One kind of export. write() writes the file and returns the summary to print (with the
// counts), or an empty string after setting *error.
struct ExportKind
{
    QString name;   // as typed after `export`
    QString suffix; // of its files, for the hint when -o is missing
    QString (*write)(Database &database, const QString &file, QString *error);
};

// contacts and json.
QList<ExportKind> coreExportKinds();

// Writes every contact with writeFile (CSV or vCard) and returns the summary, as write() does.
QString exportContacts(Database &database, const QString &file, QString *error,
                       bool (*writeFile)(const QList<Contact> &contacts, const QString &path, QString *error));

// Runs the command with these kinds. Returns the exit status.
int runExportCommand(const QStringList &arguments, const QList<ExportKind> &kinds);

// The KIND in the arguments, or an empty string if they do not parse. Needs no QCoreApplication:
// the launcher asks before it creates one whether it can run the export itself.
QString exportKindArgument(const QStringList &arguments);

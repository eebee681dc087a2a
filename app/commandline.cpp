#include "commandline.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

bool openExisting(Database &database, const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path)) {
        err << CommandLine::tr("There is no Coffee Chat database at “%1”.").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return false;
    }
    if (!database.open(path)) {
        err << database.errorString() << Qt::endl;
        return false;
    }
    return true;
}

FileCommandLine::FileCommandLine(const QString &description, const QString &outputHelp)
    : m_output({QStringLiteral("o"), QStringLiteral("output")}, outputHelp, CommandLine::tr("file"))
    , m_database(QStringLiteral("database"), CommandLine::tr("Use the database at <path>."), CommandLine::tr("path"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_output);
    m_parser.addOption(m_database);
}

QString FileCommandLine::databasePath() const
{
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : Database::defaultPath();
}

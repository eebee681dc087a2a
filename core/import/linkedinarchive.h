#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// LinkedIn's data archive as it is mailed (Basic_LinkedInDataExport_….zip and the like): a ZIP
// holding Connections.csv among many other files. Read with KArchive's KZip.
class LinkedInArchive
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInArchive)
public:
    // Whether a file starting with these bytes is a ZIP archive.
    static bool isZip(const QByteArray &start);

    // Reads Connections.csv (at any depth, in any letter case; the shallowest when there are
    // several) out of the archive at path, at most maxBytes of it, however large the archive
    // says it is. On success *entryPath is its path inside the archive. False with a message
    // for the user, naming the archive: not readable, damaged, no Connections.csv (saying what
    // it holds instead), or larger than maxBytes.
    static bool readConnections(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *entryPath,
                                QString *error);
};

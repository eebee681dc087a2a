#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writing an export the user keeps. Everything goes through QSaveFile, so a failed export
// (missing folder, a path that is a folder, a full disk) leaves neither a truncated file nor a
// temporary one behind, and an existing file is replaced only by a complete new one.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    // On failure returns false and sets *error to a message for the user that names the file.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

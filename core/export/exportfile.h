#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writing a file the user keeps: every export, and the prep sheet's PDF. Everything goes
// through QSaveFile, so a failed write (missing folder, a full disk) leaves neither a truncated
// file nor a temporary one behind, and an existing file is replaced only by a complete new one.
// A path that exists and is not a regular file (a folder, a device such as /dev/sda, a pipe,
// a socket) is never replaced: QSaveFile would swap it for a regular file.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    // The path that stands for standard output, as in `coffeechat export json -o -`. A file
    // that is really called "-" is "./-". The window never passes it: its paths are absolute.
    static QString standardOutput() { return QStringLiteral("-"); }
    // How messages name the destination: the path in native form, or "standard output".
    static QString displayName(const QString &path);

    // Whether writing path may be tried; when not, false and *error says why, naming the file.
    // Callers that build their bytes at some cost ask before they start.
    static bool mayWrite(const QString &path, QString *error);
    // The message for a failed write: “Could not write “path”: reason Nothing was written.”
    static QString notWritten(const QString &path, const QString &reason);

    // On failure returns false and sets *error to a message for the user that names the file,
    // says why (e.g. that the disk is full) and that nothing was written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

#pragma once

#include "storage/backups.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// File › Restore from Backup…: the backups, newest first, with their date, size and what they
// hold; damaged ones are shown but cannot be chosen.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QList<BackupInfo> &backups, const QString &folder, QWidget *parent = nullptr);

    // The chosen backup; valid after accept().
    BackupInfo selectedBackup() const;

    // "Friday, 14 March 2025" for a daily backup, with the time for one made by Back Up Now.
    static QString describe(const BackupInfo &backup);

private:
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

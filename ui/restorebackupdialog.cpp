#include "restorebackupdialog.h"
#include "domain/timetext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo> &backups, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Coffee Chat backs up your data once a day and keeps the last %1 days. "
                                "Restoring replaces all current data with the backup's; the current file is "
                                "kept beside it, never deleted.")
                                 .arg(Backups::keepDays()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Backup"), tr("Contacts"), tr("Interviews"), tr("Size"), tr("State")});
    const QLocale locale;
    for (const BackupInfo &backup : m_backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, describe(backup));
        item->setText(1, backup.contacts >= 0 ? locale.toString(backup.contacts) : QString());
        item->setText(2, backup.interviews >= 0 ? locale.toString(backup.interviews) : QString());
        item->setText(3, locale.formattedDataSize(backup.size));
        item->setText(4, backup.good ? tr("Good") : tr("Damaged: %1").arg(backup.problem));
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (!backup.good)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto *where = new QLabel(tr("Backups are kept in %1").arg(QDir::toNativeSeparators(folder)), this);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    layout->addWidget(where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    layout->addWidget(buttons);

    // The newest good backup is the usual choice.
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups[row].good) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            break;
        }
    }
    resize(640, 360);
}

BackupInfo RestoreBackupDialog::selectedBackup() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return {};
    const int row = m_list->indexOfTopLevelItem(selected.constFirst());
    return row >= 0 && row < m_backups.size() ? m_backups[row] : BackupInfo();
}

QString RestoreBackupDialog::describe(const BackupInfo &backup)
{
    const QLocale locale;
    const QString date = locale.toString(backup.createdAt.date(), QLocale::LongFormat);
    if (backup.createdAt.time() == QTime(0, 0))
        return date;
    return tr("%1, %2").arg(date, TimeText::time(backup.createdAt.time(), locale));
}

#include "contactdialog.h"
#include "contactsview.h"
#include "gettingstarteddialog.h"
#include "import/contactimport.h"
#include "importcontroller.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/importpreviewmodel.h"
#include "privatemounts.h"
#include "session.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "translations.h"
#include "uitest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// A LinkedIn sample by its name, or any test file by its path below the data folder.
QString sample(const QString &name)
{
    return QStringLiteral(COFFEECHAT_TEST_DATA) + (name.contains(u'/') ? u"/"_s : u"/linkedin/"_s) + name;
}

QByteArray readSample(const QString &name)
{
    QFile file(sample(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name = {})
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        10000);
    return shown ? found : nullptr;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropImportsLinkedInExport_data();
    void dropImportsLinkedInExport();
    void cancelledPreviewWritesNothing();
    void reimportTellsWhoChangedJobs();
    void largeImportShowsItsProgress();
    void tabLeavesEveryTable();
    void confirmMatchesAgainstTheDatabaseAsItIsThen();
    void badFileExplainsAndKeepsData();
    void dropOfNonFileIsRefused();
    void dropOfContactCardsImportsThem_data();
    void dropOfContactCardsImportsThem();
    void addEditDeleteWithUndo();
    void searchFiltersAsYouType();
    void emptyDatabaseShowsHowToStart();
    void opensWithExistingContacts();
    void unknownColumnsAreMappedInThePreview();
    void newerExportUpdatesOnlyWhatItHolds();
    void readOnlyDatabaseIsShownAndKeptAsItIs();
    void helpAndSettingsKeys();

private:
    void drop(const QString &path);
    void confirmPreview(int expectedWrites);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_mounts; // unmounted by cleanup()
    QString m_lockedFolder; // made writable again by cleanup()
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("w.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(!m_workspace->contactModel->isLoading());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    if (!m_lockedFolder.isEmpty())
        QFile::setPermissions(m_lockedFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lockedFolder.clear();
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
        QVERIFY(PrivateMounts::unmount(*it));
    m_mounts.clear();
}

void TestMainWindow::drop(const QString &path)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

void TestMainWindow::confirmPreview(int expectedWrites)
{
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    auto *button = preview->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button);
    QCOMPARE(button->isEnabled(), expectedWrites > 0);
    if (expectedWrites > 0) {
        QCOMPARE(button->text(),
                 QStringLiteral("&Import %1 contact%2")
                     .arg(expectedWrites)
                     .arg(expectedWrites == 1 ? QString() : QStringLiteral("s")));
        QTest::mouseClick(button, Qt::LeftButton);
    } else {
        preview->reject();
    }
    QTRY_VERIFY(!m_window->importController()->isBusy());
    // Closing a dialog on the offscreen platform leaves no active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::dropImportsLinkedInExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("people");
    QTest::addColumn<QString>("summaryStart");
    QTest::newRow("current export") << QStringLiteral("Connections_2023-2026_Notes_URL.csv") << 7
                                    << QStringLiteral("7 new contacts · 0 to update · 1 skipped");
    QTest::newRow("2021-2023") << QStringLiteral("Connections_2021-2023_Notes_noURL.csv") << 4
                               << QStringLiteral("4 new contacts · 0 to update · 1 skipped");
    QTest::newRow("2019-2020") << QStringLiteral("Connections_2019-2020_noNotes_noURL.csv") << 4
                               << QStringLiteral("4 new contacts · 0 to update · 1 skipped");
    QTest::newRow("Excel re-save") << QStringLiteral("Connections_excel-resaved_US_CRLF.csv") << 3
                                   << QStringLiteral("3 new contacts · 0 to update · 1 skipped");
    QTest::newRow("LinkedIn's ZIP as mailed") << QStringLiteral("Basic_LinkedInDataExport_12-01-2026.zip") << 7
                                              << QStringLiteral("7 new contacts · 0 to update · 1 skipped");
    QTest::newRow("vCard 3.0 from Apple Contacts") << QStringLiteral("vcard/apple_contacts_v3.vcf") << 3
                                                   << QStringLiteral("3 new contacts · 0 to update · 1 skipped");
    QTest::newRow("vCard 4.0") << QStringLiteral("vcard/contacts_v4.vcf") << 2
                               << QStringLiteral("2 new contacts · 0 to update");
}

void TestMainWindow::dropImportsLinkedInExport()
{
    QFETCH(QString, file);
    QFETCH(int, people);
    QFETCH(QString, summaryStart);

    drop(sample(file));
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    auto *summary = preview->findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(summaryStart), qPrintable(summary->text()));
    // From an archive, the preview says which file inside it is imported.
    const QString heading = preview->findChild<QLabel *>(QStringLiteral("importHeading"))->text();
    QCOMPARE(heading.startsWith(QStringLiteral("Importing “Connections.csv” from “%1”").arg(file)),
             file.endsWith(QStringLiteral(".zip")));
    if (file.endsWith(QStringLiteral(".vcf")))
        QCOMPARE(heading, QStringLiteral("Importing “%1” (vCard)").arg(file.section(u'/', -1)));
    confirmPreview(people);
    QTRY_COMPARE(m_workspace->contactModel->totalCount(), people);
    QCOMPARE(m_workspace->contacts->count(), people);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("contactTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), people);

    // The whole import is one undo step.
    QCOMPARE(m_workspace->undoStack->count(), 1);
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_workspace->contacts->count(), 0);
    QCOMPARE(m_workspace->contactModel->rowCount(), 0);
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_workspace->contacts->count(), people);

    // Dropping the same file again finds everybody already there.
    drop(sample(file));
    auto *again = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(again);
    QVERIFY(again != preview || again->isVisible());
    QVERIFY(again->findChild<QLabel *>(QStringLiteral("importSummary"))
                ->text()
                .startsWith(QStringLiteral("0 new contacts · 0 to update · %1 already up to date").arg(people)));
    confirmPreview(0);
    QCOMPARE(m_workspace->contacts->count(), people);
}

// A newer export in which two people moved (one to another employer, one to another position)
// and one employer is only spelled differently: the preview says who changed jobs and lists them,
// the import keeps the jobs they left, the contact shows them, and undo takes them back.
void TestMainWindow::reimportTellsWhoChangedJobs()
{
    drop(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
    confirmPreview(7);
    QByteArray newer = readSample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"));
    const auto replace = [&newer](const QByteArray &from, const QByteArray &to) {
        QVERIFY2(newer.contains(from), from.constData());
        newer.replace(from, to);
    };
    replace("Contoso Pharmaceuticals,Talent Acquisition Partner", "Fabrikam,Head of Talent");
    replace("Tailwind Traders,Senior", "\"Tailwind Traders, Inc.\",Senior");
    replace("Datum Corporation,Engineering Manager", "Datum Corporation,Director of Engineering");
    const QString newerPath = m_dir->filePath(QStringLiteral("Connections newer.csv"));
    QFile file(newerPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(newer);
    file.close();

    drop(newerPath);
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    const QString summary = preview->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("0 new contacts · 3 to update · 4 already up to date · 1 skipped · "
                                               "2 people changed jobs")),
             qPrintable(summary));
    auto *show = preview->findChild<QComboBox *>(QStringLiteral("showFilter"));
    show->setCurrentIndex(show->findText(QStringLiteral("Changed jobs")));
    auto *table = preview->findChild<QTableView *>(QStringLiteral("previewTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QStringList details;
    for (int row = 0; row < 2; ++row) {
        details << table->model()->index(row, ImportPreviewModel::NameColumn).data().toString() + QStringLiteral(": ")
                + table->model()->index(row, ImportPreviewModel::DetailsColumn).data().toString();
    }
    QCOMPARE(details,
             (QStringList{
                 QStringLiteral("Olu Specimen: Changed jobs: was Talent Acquisition Partner at Contoso "
                                "Pharmaceuticals"),
                 QStringLiteral("Seán O’Placeholder: Changed jobs: was Engineering Manager at Datum "
                                "Corporation"),
             }));
    UiTest::screenshot(preview, QStringLiteral("import-job-changes"));
    show->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 8);
    confirmPreview(3);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("; 2 people changed jobs")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The contact shows the job they left.
    const QList<Contact> all = m_workspace->contacts->all();
    const auto olu =
        std::find_if(all.cbegin(), all.cend(), [](const Contact &c) { return c.firstName == QStringLiteral("Olu"); });
    QVERIFY(olu != all.cend());
    QCOMPARE(olu->company, QStringLiteral("Fabrikam"));
    auto *contacts = m_window->findChild<ContactsView *>();
    QVERIFY(contacts);
    contacts->selectContact(olu->id);
    m_window->findChild<QAction *>(QStringLiteral("editContactAction"))->trigger();
    QPointer<ContactDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<ContactDialog *>()) && dialog->isVisible());
    auto *pastJobs = dialog->findChild<QLabel *>(QStringLiteral("pastJobs"));
    QVERIFY(pastJobs->isVisible());
    QVERIFY2(
        pastJobs->text().startsWith(QStringLiteral("Talent Acquisition Partner at Contoso Pharmaceuticals, left by ")),
        qPrintable(pastJobs->text()));
    UiTest::screenshot(dialog, QStringLiteral("contact-past-jobs"));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Undoing the import takes the history back with the new jobs.
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_workspace->contacts->contact(olu->id)->company, QStringLiteral("Contoso Pharmaceuticals"));
    QVERIFY(m_workspace->contacts->pastJobs(olu->id).isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_workspace->contacts->pastJobs(olu->id).size(), 1);
}

void TestMainWindow::cancelledPreviewWritesNothing()
{
    drop(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    auto *buttons = preview->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importController()->isBusy());
    QCOMPARE(m_workspace->contacts->count(), 0);
    QCOMPARE(m_workspace->undoStack->count(), 0);
}

// Another program (another Coffee Chat, or `coffeechat import`) imports the same people while
// the preview is open: confirming plans the rows again against the database as it is then, so
// nobody is added twice.
void TestMainWindow::largeImportShowsItsProgress()
{
    const int rows = 3000;
    QByteArray csv("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person,Number %1,https://www.linkedin.com/in/p-%1,,Contoso,Engineer,01 Nov 2026\n")
                   .arg(i)
                   .toUtf8();
    const QString file = m_dir->filePath(QStringLiteral("Connections.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();

    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("importBusy"));
    QVERIFY(bar);
    QList<std::pair<int, int>> heard;
    QStringList said;
    connect(m_window->importController(), &ImportController::progress, this, [&](int written, int total) {
        heard.append({written, total});
        QCOMPARE(bar->maximum(), total); // the bar shows it at once
        QCOMPARE(bar->value(), written);
        said << m_window->statusBar()->currentMessage();
    });
    drop(file);
    confirmPreview(rows);
    QCOMPARE(m_workspace->contacts->count(), rows);
    QVERIFY(!heard.isEmpty());
    QCOMPARE(heard.constLast(), std::make_pair(rows, rows));
    QVERIFY2(said.constLast().contains(QStringLiteral("3,000 of 3,000 contacts written")),
             qPrintable(said.constLast()));
    // Afterwards the bar is hidden and busy (0, 0) again for the next import.
    QVERIFY(!bar->isVisible());
    QCOMPARE(bar->maximum(), 0);
}

// Tab and Shift+Tab take the keyboard out of every table on every page (they used to walk its
// cells, and on Organisations changed the selected organisation at each press).
void TestMainWindow::tabLeavesEveryTable()
{
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.company = QStringLiteral("Analytical Engines");
    ContactBatch batch;
    batch.inserts = {ada};
    QVERIFY(m_workspace->contacts->apply(batch));
    int checked = 0;
    for (int page = 0; page < m_window->tabs()->count(); ++page) {
        m_window->showPage(MainWindow::Page(page));
        const auto tables = m_window->tabs()->currentWidget()->findChildren<QTableView *>();
        for (QTableView *table : tables) {
            if (!table->isVisible())
                continue;
            ++checked;
            QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
            table->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), table);
            if (table->model()->rowCount() > 0)
                table->setCurrentIndex(table->model()->index(0, 0));
            const QModelIndex before = table->currentIndex();
            QTest::keyClick(table, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != table, qPrintable(table->objectName()));
            QCOMPARE(table->currentIndex(), before);
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Backtab);
            QVERIFY2(QApplication::focusWidget() != table, qPrintable(table->objectName()));
        }
    }
    QVERIFY(checked >= 3); // Contacts, Organisations, Questions
}

void TestMainWindow::confirmMatchesAgainstTheDatabaseAsItIsThen()
{
    const QString file = sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"));
    drop(file);
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    QVERIFY(preview->findChild<QLabel *>(QStringLiteral("importSummary"))
                ->text()
                .startsWith(QStringLiteral("7 new contacts")));
    {
        Database other; // its own connection, as another process has
        QVERIFY(other.open(m_db->path()));
        ContactStore store(&other);
        const ContactImport::Prepared prepared = ContactImport::prepare(file, &store);
        ContactImport::Applied applied;
        QString error;
        QVERIFY2(ContactImport::apply(store, prepared, &applied, &error), qPrintable(error));
        QCOMPARE(applied.plan.count(ImportPlan::Action::Add), 7);
    }
    // Written in the background, said in the status bar: nothing modal keeps the user from the window.
    // (Seen as it starts: seven rows may be written before the click returns.)
    auto *busy = m_window->findChild<QProgressBar *>(QStringLiteral("importBusy"));
    QVERIFY(busy);
    bool busyShown = false;
    bool modalWhileWriting = true;
    const QMetaObject::Connection probe = connect(m_window->importController(), &ImportController::working, this, [&] {
        busyShown = busy->isVisible();
        modalWhileWriting = QApplication::activeModalWidget() != nullptr;
    });
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    disconnect(probe);
    QVERIFY(busyShown);
    QVERIFY(!modalWhileWriting);
    QTRY_VERIFY(!m_window->importController()->isBusy());
    QVERIFY(!busy->isVisible());
    QCOMPARE(m_workspace->contacts->count(), 7);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QStringLiteral("0 added, 0 updated, 1 skipped, 7 already up to date")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_workspace->undoStack->count(), 0); // nothing changed, nothing to undo
}

void TestMainWindow::badFileExplainsAndKeepsData()
{
    drop(sample(QStringLiteral("Connections_2019-2020_noNotes_noURL.csv")));
    confirmPreview(4);
    QTRY_COMPARE(m_workspace->contacts->count(), 4);

    const QString bad = m_dir->filePath(QStringLiteral("photo.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    f.close();
    drop(bad);
    auto *box = waitForChild<QMessageBox>(m_window.get(), QStringLiteral("importError"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("photo.csv")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("not a text file")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QStringLiteral("Nothing was imported")));
    box->accept();
    QCOMPARE(m_workspace->contacts->count(), 4);
}

void TestMainWindow::dropOfNonFileIsRefused()
{
    QMimeData mime;
    mime.setText(QStringLiteral("just some text"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestMainWindow::dropOfContactCardsImportsThem_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("text/vcard") << QStringLiteral("text/vcard");
    QTest::newRow("text/x-vcard") << QStringLiteral("text/x-vcard");
    QTest::newRow("text/directory") << QStringLiteral("text/directory");
}

// Contacts dragged straight out of an address book arrive as vCard text, not as a file.
void TestMainWindow::dropOfContactCardsImportsThem()
{
    QFETCH(QString, type);
    QMimeData mime;
    mime.setData(type,
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hopper;Grace;;;\r\nFN:Grace Hopper\r\nORG:Navy\r\n"
                 "EMAIL:grace@example.com\r\nEND:VCARD\r\n");
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("importHeading"))->text(),
             QStringLiteral("Importing “dropped contact cards.vcf” (vCard)"));
    confirmPreview(1);
    QTRY_COMPARE(m_workspace->contacts->count(), 1);
    const Contact grace = m_workspace->contacts->all().constFirst();
    QCOMPARE(grace.displayName(), QStringLiteral("Grace Hopper"));
    QCOMPARE(grace.company, QStringLiteral("Navy"));
    QCOMPARE(grace.email, QStringLiteral("grace@example.com"));

    // Text that only claims to be a card is not taken.
    QMimeData bogus;
    bogus.setData(type, "not a card");
    QDragEnterEvent refused(pos, Qt::CopyAction, &bogus, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::addEditDeleteWithUndo()
{
    QUndoStack *undo = m_workspace->undoStack;
    m_window->findChild<QAction *>(QStringLiteral("newContactAction"))->trigger();
    auto *dialog = waitForChild<ContactDialog>(m_window.get());
    QVERIFY(dialog);
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("<b>Maya</b>"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Angelou"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("company")), QStringLiteral("Random House"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tags")), QStringLiteral("writing, mentor"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_workspace->contacts->count(), 1);
    const Contact maya = m_workspace->contacts->all().constFirst();
    QCOMPARE(maya.firstName, QStringLiteral("<b>Maya</b>"));
    QCOMPARE(maya.tags, (QStringList{QStringLiteral("writing"), QStringLiteral("mentor")}));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("contactTable"));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("<b>Maya</b> Angelou"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // Edit: change the company.
    m_window->findChild<QAction *>(QStringLiteral("editContactAction"))->trigger();
    dialog = waitForChild<ContactDialog>(m_window.get());
    QVERIFY(dialog);
    auto *company = dialog->findChild<QLineEdit *>(QStringLiteral("company"));
    QCOMPARE(company->text(), QStringLiteral("Random House"));
    company->clear();
    QTest::keyClicks(company, QStringLiteral("Penguin"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(m_workspace->contacts->contact(maya.id).value_or(Contact()).company, QStringLiteral("Penguin"));
    QCOMPARE(undo->count(), 2);

    // Delete with the Delete key, then undo it and the edit. Other pages have their own Delete.
    auto *remove = m_window->findChild<QAction *>(QStringLiteral("deleteContactAction"));
    QVERIFY(remove->isEnabled());
    m_window->showPage(MainWindow::TodayPage);
    QVERIFY(!remove->isEnabled());
    m_window->showPage(MainWindow::ContactsPage);
    QVERIFY(remove->isEnabled());
    // Closing a dialog on the offscreen platform leaves no active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_workspace->contacts->count(), 0);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_workspace->contacts->count(), 1);
    QCOMPARE(m_workspace->contacts->contact(maya.id)->company, QStringLiteral("Penguin"));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_workspace->contacts->contact(maya.id)->company, QStringLiteral("Random House"));
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(m_workspace->contacts->contact(maya.id)->company, QStringLiteral("Penguin"));
}

void TestMainWindow::searchFiltersAsYouType()
{
    drop(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
    confirmPreview(7);
    QTRY_COMPARE(m_workspace->contacts->count(), 7);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("north"));
    QCOMPARE(m_workspace->contactModel->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("1 of 7 contacts"));
    QVERIFY(count->isVisible());
    m_window->showPage(MainWindow::ProgressPage); // the count speaks of the contact list only
    QVERIFY(!count->isVisible());
    m_window->showPage(MainWindow::ContactsPage);
    QVERIFY(count->isVisible());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("recruit"));
    QCOMPARE(m_workspace->contactModel->rowCount(), 1);
    search->clear();
    QCOMPARE(m_workspace->contactModel->rowCount(), 7);
    QCOMPARE(count->text(), QStringLiteral("7 contacts"));
}

void TestMainWindow::emptyDatabaseShowsHowToStart()
{
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Connections.csv")));
    QVERIFY(!m_window->findChild<QTableView *>(QStringLiteral("contactTable"))->isVisible());
}

void TestMainWindow::opensWithExistingContacts()
{
    drop(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
    confirmPreview(7);
    QTRY_COMPARE(m_workspace->contacts->count(), 7);
    m_window.reset();

    // A second start on the same database: the list loads in the background, then shows all.
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->contactModel->isLoading());
    QCOMPARE(m_workspace->contactModel->rowCount(), 7);
    QCOMPARE(count->text(), QStringLiteral("7 contacts"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("contactTable"))->isVisible());
}

void TestMainWindow::unknownColumnsAreMappedInThePreview()
{
    drop(QStringLiteral(COFFEECHAT_TEST_DATA "/csv/own_spreadsheet.csv"));
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    auto *problem = preview->findChild<QLabel *>(QStringLiteral("mappingProblem"));
    auto *button = preview->findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *columns = preview->findChild<QWidget *>(QStringLiteral("columnMapping"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("No column with people's names")));
    QVERIFY(columns->isVisible());
    QVERIFY(!button->isEnabled());

    auto choose = [preview](int column, contactcsv::Field field) {
        auto *combo = preview->findChild<QComboBox *>(QStringLiteral("columnField%1").arg(column));
        QVERIFY(combo);
        const int index = combo->findData(int(field));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    };
    choose(0, contactcsv::Field::FullName);
    choose(1, contactcsv::Field::Company);
    QVERIFY(!problem->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("&Import 2 contacts"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_workspace->contacts->count(), 2);
    const QList<Contact> imported = m_workspace->contacts->all();
    const auto alan = std::find_if(imported.cbegin(), imported.cend(),
                                   [](const Contact &c) { return c.company == QStringLiteral("Bletchley Park"); });
    QVERIFY(alan != imported.cend());
    QCOMPARE(alan->displayName(), QStringLiteral("Alan Turing"));
}

// Priya has moved on and someone new connected; the user has written about Priya meanwhile.
void TestMainWindow::newerExportUpdatesOnlyWhatItHolds()
{
    const QByteArray current = [] {
        QFile file(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!current.isEmpty());
    drop(sample(QStringLiteral("Connections_2023-2026_Notes_URL.csv")));
    confirmPreview(7);
    QTRY_COMPARE(m_workspace->contactModel->totalCount(), 7);

    Contact priya;
    for (const Contact &c : m_workspace->contacts->all()) {
        if (c.firstName == QStringLiteral("Priya"))
            priya = c;
    }
    QVERIFY(priya.id);
    Contact edited = priya;
    edited.notes = QStringLiteral("Knows the hiring manager.");
    edited.relationship = Relationship::Alumni;
    edited.firstName = QStringLiteral("Priya R.");
    ContactBatch edit;
    edit.updates << edited;
    QVERIFY(m_workspace->contacts->apply(edit));

    QByteArray newer = current;
    newer.replace("Tailwind Traders,Senior Technical Recruiter", "Fabrikam,Head of Talent");
    newer += "\nZoe,Newperson,https://www.linkedin.com/in/zoe-newperson,,Litware,Designer,01 Nov 2026\n";
    const QString newerPath = m_dir->filePath(QStringLiteral("Connections.csv"));
    QFile file(newerPath);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(newer) == newer.size());
    file.close();

    drop(newerPath);
    auto *preview = waitForChild<ImportPreviewDialog>(m_window.get());
    QVERIFY(preview);
    QVERIFY2(preview->findChild<QLabel *>(QStringLiteral("importSummary"))
                 ->text()
                 .startsWith(QStringLiteral("1 new contact · 1 to update")),
             qPrintable(preview->findChild<QLabel *>(QStringLiteral("importSummary"))->text()));
    // The preview names the person as the user has them and says what changes.
    auto *table = preview->findChild<QTableView *>(QStringLiteral("previewTable"));
    QVERIFY(table);
    bool shown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 2).data().toString() == QStringLiteral("Priya R. Fictitious")) {
            QCOMPARE(table->model()->index(row, 3).data().toString(), QStringLiteral("Fabrikam"));
            // A change of job says which job they left; other updates what is new.
            QCOMPARE(table->model()->index(row, 5).data().toString(),
                     QStringLiteral("Changed jobs: was Senior Technical Recruiter at Tailwind Traders"));
            shown = true;
        }
    }
    QVERIFY(shown);
    UiTest::screenshot(preview, QStringLiteral("import-preview-newer-export"));
    confirmPreview(2);

    // What the newer export brings is written; what the user typed stays.
    auto checkImported = [&] {
        const Contact after = *m_workspace->contacts->contact(priya.id);
        QCOMPARE(after.company, QStringLiteral("Fabrikam"));
        QCOMPARE(after.position, QStringLiteral("Head of Talent"));
        QCOMPARE(after.notes, edited.notes);
        QCOMPARE(after.relationship, Relationship::Alumni);
        QCOMPARE(after.firstName, QStringLiteral("Priya R."));
        QCOMPARE(m_workspace->contacts->count(), 8);
    };
    checkImported();
    if (QTest::currentTestFailed())
        return;

    // One undo step takes the whole import back, and only the import.
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    const Contact undone = *m_workspace->contacts->contact(priya.id);
    QCOMPARE(undone.company, QStringLiteral("Tailwind Traders"));
    QCOMPARE(undone.notes, edited.notes);
    QCOMPARE(undone.firstName, QStringLiteral("Priya R."));
    QCOMPARE(m_workspace->contacts->count(), 7);

    // Redo writes the import again, still only what it holds.
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    checkImported();
}

// A database that cannot be written opens for reading: the window says so all the time, shows
// the data, and a change is refused with a message that says why; no backup is attempted.
void TestMainWindow::readOnlyDatabaseIsShownAndKeptAsItIs()
{
    m_window.reset();
    m_workspace.reset(); // its lists may still be reading: before the database
    m_db.reset();
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    const QString file = folder + QStringLiteral("/coffeechat.sqlite");
    QVERIFY(QDir().mkpath(folder));
    {
        Database db;
        QVERIFY(db.open(file));
        ContactStore store(&db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ContactBatch batch;
        batch.inserts = {ada};
        QVERIFY(store.apply(batch));
    }
    QString reason;
    if (PrivateMounts::available()) {
        QVERIFY(PrivateMounts::mountReadOnly(folder));
        m_mounts << folder;
        reason = QStringLiteral("the disk it is on is read-only");
    } else if (!PrivateMounts::isRoot()) {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        m_lockedFolder = folder;
        reason = QStringLiteral("its folder is read-only");
    } else {
        QSKIP("Needs unshare as root, to mount the folder read-only (root writes a read-only folder)");
    }
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    Session session;
    QSignalSpy checked(&session, &Session::integrityChecked);
    QVERIFY(session.start(file));
    MainWindow *window = session.window();
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.constFirst().constFirst().toBool(), true);

    auto *notice = window->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("“%1” is open read-only because %2: changes cannot be saved.").arg(file, reason));
    QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
    QTRY_VERIFY(!window->workspace()->contactModel->isLoading());
    auto *table = window->findChild<QTableView *>(QStringLiteral("contactTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Ada Lovelace"));
    UiTest::screenshot(window, QStringLiteral("read-only"));

    QString refusal;
    UiTest::whenModal<QMessageBox>([&refusal](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    window->findChild<QAction *>(QStringLiteral("newContactAction"))->trigger();
    auto *dialog = waitForChild<ContactDialog>(window);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Grace"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(
                 QStringLiteral("“%1” is open read-only because %2, so nothing was changed.").arg(file, reason)),
             qPrintable(refusal));
    QCOMPARE(window->workspace()->contacts->count(), 1);
    // What was typed is not lost: the dialog stays open with it, and closing asks first.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("firstName"))->text(), QStringLiteral("Grace"));
    QString question;
    UiTest::whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    dialog->reject();
    QTRY_VERIFY(!question.isEmpty());
    QCOMPARE(question, QStringLiteral("Discard this new contact?"));
    QVERIFY(dialog->isVisible());
    UiTest::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    const QPointer<ContactDialog> closing(dialog); // deleted on close
    dialog->reject();
    QTRY_VERIFY(!closing || !closing->isVisible());

    // The day's backup is not attempted: the file does not change, and its folder takes none.
    QTest::qWait(Session::FirstBackupDelayMs + 500);
    QVERIFY2(!window->statusBar()->currentMessage().contains(QStringLiteral("backup")),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

// F1 opens Getting Started, with the steps, LinkedIn's export and the real shortcuts; Ctrl+,
// opens the settings, as the README says.
void TestMainWindow::helpAndSettingsKeys()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QString text;
    UiTest::whenModal<GettingStartedDialog>([&text](GettingStartedDialog *dialog) {
        text = UiTest::child<QTextBrowser>(dialog, QStringLiteral("gettingStartedText"))->toPlainText();
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    for (const QString &part :
         {QStringLiteral("Research"), QStringLiteral("Follow up"), QStringLiteral("Get a copy of your data"),
          QStringLiteral("Ctrl+I"), QStringLiteral("Import Contacts"), QStringLiteral("Ctrl+,"),
          QStringLiteral("Help › Guided Start")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in:\n") + text));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    bool opened = false;
    UiTest::whenModal<QDialog>([&opened](QDialog *dialog) {
        opened = dialog->objectName() == QLatin1String("settingsDialog");
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(opened);
}

COFFEECHAT_PRIVATE_MOUNTS_MAIN(TestMainWindow, QApplication)
#include "tst_mainwindow.moc"

// File › Export: the three entries are in the menu, and each writer behind them saves the file
// and says what it saved, without its file dialog.

#include "exportcontroller.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "translations.h"
#include "uitest.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace UiTest;

class TestDataExportUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasTheExports();
    void exportsContactsAsCsv();
    void exportsContactsAsVCardAndJson();
    void showsWhyAnExportFailed();

private:
    void addContacts();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestDataExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestDataExportUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("e.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_workspace->contactModel->isLoading());
}

void TestDataExportUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

void TestDataExportUi::addContacts()
{
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.phone = QStringLiteral("+44 20 7946 0958");
    Contact mallory;
    mallory.firstName = QStringLiteral("=HYPERLINK(\"http://evil\")");
    ContactBatch batch;
    batch.inserts = {ada, mallory};
    QVERIFY(m_workspace->contacts->apply(batch));
}

void TestDataExportUi::menuHasTheExports()
{
    auto *menu = child<QMenu>(m_window.get(), QStringLiteral("exportMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names << action->objectName();
    QCOMPARE(names,
             QStringList({QStringLiteral("exportContactsCsvAction"), QStringLiteral("exportContactsVCardAction"),
                          QStringLiteral("exportJsonAction")}));
    QCOMPARE(menu->actions().constFirst()->text(), QStringLiteral("Contacts as &CSV…"));
}

void TestDataExportUi::exportsContactsAsCsv()
{
    addContacts();
    const QString path = m_dir->filePath(QStringLiteral("contacts.csv"));
    QVERIFY(m_window->exports()->exportTo(Exports::Kind::ContactsCsv, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "First Name,"));
    QVERIFY(csv.contains("\r\nAda,Lovelace,,'+44 20 7946 0958,"));
    QVERIFY(csv.contains("\r\n\"'=HYPERLINK(\"\"http://evil\"\")\","));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Saved 2 contacts to %1.").arg(QDir::toNativeSeparators(path)));
}

void TestDataExportUi::exportsContactsAsVCardAndJson()
{
    addContacts();
    const QString vcf = m_dir->filePath(QStringLiteral("contacts.vcf"));
    QVERIFY(m_window->exports()->exportTo(Exports::Kind::ContactsVCard, vcf));
    QFile vcard(vcf);
    QVERIFY(vcard.open(QIODevice::ReadOnly));
    QCOMPARE(vcard.readAll().count("BEGIN:VCARD"), 2);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Saved 2 contacts to %1.").arg(QDir::toNativeSeparators(vcf)));

    const QString json = m_dir->filePath(QStringLiteral("all.json"));
    QVERIFY(m_window->exports()->exportTo(Exports::Kind::Json, json));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("coffeechat-export"));
    QCOMPARE(root.value(QStringLiteral("contacts")).toArray().size(), 2);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Saved 2 contacts, 0 organisations, 0 interviews, ")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestDataExportUi::showsWhyAnExportFailed()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/contacts.csv"));
    QString shown;
    whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QVERIFY(!m_window->exports()->exportTo(Exports::Kind::ContactsCsv, path));
    QVERIFY2(shown.startsWith(QStringLiteral("Could not write “%1”").arg(QDir::toNativeSeparators(path))),
             qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestDataExportUi)
#include "tst_dataexportui.moc"

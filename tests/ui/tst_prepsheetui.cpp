// The prep sheet from the interview page: the button and its menu, saving pending edits
// before printing, the print preview and the PDF export with its error message.

#include "interviewdialog.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "prepsheetprinter.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace UiTest;

class TestPrepSheetUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersPrintPreviewAndPdf();
    void exportSavesPendingEditsFirst();
    void previewShowsTheSheet();
    void failedExportSaysWhy();

private:
    InterviewDialog *openDialog();
    QAction *action(InterviewDialog *dialog, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_interviewId = 0;
};

void TestPrepSheetUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
}

void TestPrepSheetUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("ui.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_db.get());
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->workspace()->contactChoices->isLoading());

    Workspace *workspace = m_window->workspace();
    ContactBatch batch;
    Contact lea;
    lea.firstName = QStringLiteral("Lea");
    lea.lastName = QStringLiteral("Novak");
    batch.inserts = {lea};
    QVERIFY(workspace->contacts->apply(batch));
    Interview interview;
    interview.topic = QStringLiteral("Editing at a small press");
    interview.contactId = batch.inserts.constFirst().id;
    QVERIFY(workspace->interviews->insert(interview));
    QVERIFY(workspace->interviews->setPlan(interview.id,
                                           {PlannedQuestion{0, QStringLiteral("How do you pick manuscripts?")}}));
    m_interviewId = interview.id;
}

void TestPrepSheetUi::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

InterviewDialog *TestPrepSheetUi::openDialog()
{
    InterviewDialog *dialog = m_window->openInterview(m_interviewId, Step::Research);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QAction *TestPrepSheetUi::action(InterviewDialog *dialog, const QString &name) const
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("prepSheetButton"));
    if (!button || !button->menu())
        return nullptr;
    return button->menu()->findChild<QAction *>(name);
}

void TestPrepSheetUi::menuOffersPrintPreviewAndPdf()
{
    InterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("prepSheetButton"));
    QVERIFY(button);
    QVERIFY(button->isVisibleTo(dialog));
    screenshot(dialog, QStringLiteral("prepsheet-button"));
    QCOMPARE(button->text(), QStringLiteral("&Prep Sheet"));
    // In the bottom row, beside Save and Close.
    QCOMPARE(button->parentWidget()->objectName(), QStringLiteral("dialogButtons"));
    const QStringList names = {QStringLiteral("printPrepSheetAction"), QStringLiteral("previewPrepSheetAction"),
                               QStringLiteral("exportPrepSheetAction")};
    QStringList texts;
    for (const QString &name : names) {
        QAction *a = action(dialog, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY(a->isEnabled());
        texts << a->text();
    }
    QCOMPARE(
        texts,
        (QStringList{QStringLiteral("&Print…"), QStringLiteral("Print Pre&view…"), QStringLiteral("&Export PDF…")}));
}

void TestPrepSheetUi::exportSavesPendingEditsFirst()
{
    InterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *topic = dialog->findChild<QLineEdit *>(QStringLiteral("topicEdit"));
    QVERIFY(topic);
    topic->setText(QStringLiteral("Editing <b>poetry</b> at a small press"));
    QVERIFY(dialog->hasUnsavedChanges());

    // The dialog opens in the folder used last time, with the suggested name; the user accepts.
    QSettings().setValue(QStringLiteral("prepSheet/lastDirectory"), m_dir->path());
    const QString path = m_dir->filePath(QStringLiteral("Prep sheet – Lea Novak.pdf"));
    QString suggested;
    whenModal<QFileDialog>([&](QFileDialog *files) {
        suggested = files->selectedFiles().value(0);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
    });
    action(dialog, QStringLiteral("exportPrepSheetAction"))->trigger();

    QCOMPARE(suggested, path);
    QVERIFY(!dialog->hasUnsavedChanges());
    QCOMPARE(m_window->workspace()->interviews->interview(m_interviewId)->topic,
             QStringLiteral("Editing <b>poetry</b> at a small press"));
    QVERIFY(QFileInfo(path).size() > 0);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Editing <b>poetry</b> at a small press")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("How do you pick manuscripts?")), qPrintable(text));
}

void TestPrepSheetUi::previewShowsTheSheet()
{
    InterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    int pages = -1;
    QString title;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        title = preview->windowTitle();
        screenshot(preview, QStringLiteral("prepsheet-preview"));
        if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
            pages = widget->pageCount();
        preview->reject();
    });
    action(dialog, QStringLiteral("previewPrepSheetAction"))->trigger();
    QCOMPARE(pages, 1);
    QCOMPARE(title, QStringLiteral("Prep sheet: Editing at a small press — Lea Novak"));
}

void TestPrepSheetUi::failedExportSaysWhy()
{
    PrepSheetPrinter printer(m_window->workspace(), m_window.get());
    const QString path = m_dir->filePath(QStringLiteral("missing/sheet.pdf"));
    QString message;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        message = box->text();
        box->accept();
    });
    QVERIFY(!printer.exportPdf(m_interviewId, path));
    QVERIFY2(message.startsWith(QStringLiteral("Could not write “%1”").arg(path)), qPrintable(message));
    QVERIFY(!QFileInfo::exists(path));

    whenModal<QMessageBox>([&](QMessageBox *box) {
        message = box->text();
        box->accept();
    });
    QVERIFY(!printer.exportPdf(4711, m_dir->filePath(QStringLiteral("x.pdf"))));
    QCOMPARE(message, QStringLiteral("There is no interview with the number 4711."));
}

QTEST_MAIN(TestPrepSheetUi)
#include "tst_prepsheetui.moc"

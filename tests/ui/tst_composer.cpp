// The message composer driven as a user would: a thank-you note from a template for a real
// interview, written into its slot, copied, opened as mailto: and marked as sent (one undo
// step); outreach advice while typing; highlighting in light and dark palettes; templates
// added and edited with undo; the composer opened from the interview page.
// Set COFFEECHAT_SCREENSHOT_DIR to save screenshots.

#include "composerdialog.h"
#include "composerwidget.h"
#include "datefield.h"
#include "interviewdialog.h"
#include "mainwindow.h"
#include "messages/myprofile.h"
#include "models/contactlistmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/templatestore.h"
#include "templatedialog.h"
#include "translations.h"
#include "uitest.h"
#include "workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QUndoStack>
#include <QUrlQuery>

using namespace UiTest;

// Receives mailto: links instead of a mail app.
class MailCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void thankYouNoteFromTemplateIsSentAndMovesOn();
    void outreachAdviceFollowsTyping_data();
    void outreachAdviceFollowsTyping();
    void highlightsPlaceholdersAndSlotsInBothPalettes();
    void templatesAreAddedAndEditedWithUndo();
    void interviewPageOpensTheComposer();
    void questionsGoAheadFromThePrepareTab();
    void thanksForTheIntroductionGoToTheIntroducer();
    void draftSurvivesSwitchingKindAndRestart();
    void draftIsSavedWhileTyping();
    void templateAsksBeforeReplacingADraft_data();
    void templateAsksBeforeReplacingADraft();
    void signatureAdvicePointsToMyProfile();
    void draftsTheDatabaseRefusesAreKeptAndWarnedAbout();

private:
    qint64 addInterview(Step step, const QDateTime &scheduledAt);
    QStringList report() const;
    ComposerWidget *openComposer(qint64 interviewId);
    void chooseKind(ComposerWidget *composer, MessageKind kind);
    void restart();
    void open(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    MailCatcher m_mail;
    QDateTime m_now;
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QCoreApplication::instance());
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_mail, "open");
}

void TestComposer::init()
{
    QSettings().clear();
    MyProfile me;
    me.name = QStringLiteral("Sam Rivera");
    me.email = QStringLiteral("sam@example.org");
    me.signature = QStringLiteral("Sam Rivera\nLooking into climate data work");
    me.save();
    m_mail.urls.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime(QDate(2026, 11, 23), QTime(16, 0)); // Monday afternoon
    open(m_dir->filePath(QStringLiteral("c.sqlite")));
}

// Opens the database and the window on it, as starting the app does.
void TestComposer::open(const QString &file)
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(file));
    m_workspace = std::make_unique<Workspace>(m_db.get(), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->workspace()->contactChoices->isLoading());
}

void TestComposer::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    QSettings().clear();
}

qint64 TestComposer::addInterview(Step step, const QDateTime &scheduledAt)
{
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Okafor");
    ada.email = QStringLiteral("ada.okafor@example.com");
    ada.company = QStringLiteral("Northwind Climate");
    ada.position = QStringLiteral("Data lead");
    ContactBatch batch;
    batch.inserts << ada;
    if (!m_workspace->contacts->apply(batch))
        return 0;
    Interview interview;
    interview.contactId = batch.inserts.constFirst().id;
    interview.topic = QStringLiteral("data work in climate tech");
    interview.learningGoals = QStringLiteral("What a data lead does all week");
    interview.agenda = QStringLiteral("Questions");
    interview.outreachSentOn = QDate(2026, 11, 2);
    interview.replyReceivedOn = QDate(2026, 11, 4);
    interview.step = step;
    interview.scheduledAt = scheduledAt;
    interview.medium = Medium::Video;
    return m_window->workspace()->interviews->insert(interview) ? interview.id : 0;
}

ComposerWidget *TestComposer::openComposer(qint64 interviewId)
{
    m_window->showPage(MainWindow::MessagesPage);
    ComposerWidget *composer = m_window->composer();
    composer->setInterview(interviewId);
    return composer;
}

// As a user picks a kind of message in the combo box.
void TestComposer::chooseKind(ComposerWidget *composer, MessageKind kind)
{
    auto *combo = child<QComboBox>(composer, QStringLiteral("composerKind"));
    const int index = combo->findData(MessageKindNames::key(kind));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

// Closes the window and the database and opens them again, as quitting and starting does.
void TestComposer::restart()
{
    const QString file = m_db->path();
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
    open(file);
}

QStringList TestComposer::report() const
{
    QStringList lines;
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("composerReport"));
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

void TestComposer::thankYouNoteFromTemplateIsSentAndMovesOn()
{
    // The conversation was this morning: the interview waits for its thank-you note.
    const qint64 id = addInterview(Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    QVERIFY(id);
    ComposerWidget *composer = openComposer(id);
    QCOMPARE(composer->kind(), MessageKind::ThankYou);
    QCOMPARE(child<QComboBox>(composer, QStringLiteral("composerTemplate"))->currentText(),
             QStringLiteral("Thank-you note after the conversation"));
    QPlainTextEdit *editor = composer->editor();
    QVERIFY2(editor->toPlainText().startsWith(QStringLiteral("Hi Ada,")), qPrintable(editor->toPlainText()));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("about data work in climate tech")));
    QCOMPARE(child<QLineEdit>(composer, QStringLiteral("composerSubject"))->text(), QStringLiteral("Thank you, Ada"));
    QCOMPARE(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text(),
             QStringLiteral("Ada Okafor <ada.okafor@example.com>"));
    QVERIFY(report().contains(QStringLiteral("• Write: one specific thing you learned")));
    screenshot(m_window.get(), QStringLiteral("composer-light"));

    // Write over both slots, as a user selecting each [[…]] and typing.
    const auto writeOver = [editor](const QString &slot, const QString &text) {
        QTextCursor cursor = editor->document()->find(slot);
        QVERIFY2(!cursor.isNull(), qPrintable(slot));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, text);
    };
    writeOver(QStringLiteral("[[one specific thing you learned]]"), QStringLiteral("how you size a data team"));
    writeOver(
        QStringLiteral("[[what you will do with it, e.g. the course you will look at or the person you will contact]]"),
        QStringLiteral("I have signed up for the open climate data course you mentioned."));
    QVERIFY(composer->rendered().isComplete());
    QCOMPARE(report(), QStringList{QStringLiteral("✓ Everything is filled in.")});
    const QString preview = child<QTextEdit>(composer, QStringLiteral("composerPreview"))->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("how you size a data team")));
    QVERIFY(!preview.contains(QStringLiteral("[[")));

    // Copy, and open in the mail app.
    child<QPushButton>(composer, QStringLiteral("copyMessageButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), composer->rendered().message());
    QVERIFY(
        QGuiApplication::clipboard()->text().contains(QStringLiteral("Sam Rivera\nLooking into climate data work")));
    child<QPushButton>(composer, QStringLiteral("mailMessageButton"))->click();
    QCOMPARE(m_mail.urls.size(), 1);
    const QUrl mail = m_mail.urls.constFirst();
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mail.path(), QStringLiteral("ada.okafor@example.com"));
    const QUrlQuery query(mail);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), QStringLiteral("Thank you, Ada"));
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), composer->rendered().message());

    // Opening the mail app says how it went.
    QCOMPARE(composer->channel(), Channel::Email);
    // What was typed is a draft of this interview's thank-you note.
    QTRY_VERIFY(m_workspace->messages->draft(id, MessageKind::ThankYou).has_value());

    // Mark as sent: the date is recorded, the message kept with its words, the draft done with,
    // and the interview moves to Follow up, in one undo step.
    const QString words = composer->rendered().message();
    const int undoBefore = m_workspace->undoStack->count();
    child<QPushButton>(composer, QStringLiteral("markSentButton"))->click();
    Interview sent = *m_window->workspace()->interviews->interview(id);
    QCOMPARE(sent.thankYouSentOn, QDate(2026, 11, 23));
    QCOMPARE(sent.step, Step::FollowUp);
    QCOMPARE(m_workspace->undoStack->count(), undoBefore + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("moved to Follow up")));
    const QList<SentMessageRecord> kept = m_workspace->messages->sent(id);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().kind, MessageKind::ThankYou);
    QCOMPARE(kept.constFirst().subject, QStringLiteral("Thank you, Ada"));
    QCOMPARE(kept.constFirst().body, words);
    QCOMPARE(kept.constFirst().channel, Channel::Email);
    QCOMPARE(kept.constFirst().sentOn, QDate(2026, 11, 23));
    QVERIFY(!m_workspace->messages->draft(id, MessageKind::ThankYou).has_value());
    // The words stay in view, and the composer says it was sent.
    QCOMPARE(composer->rendered().message(), words);
    QVERIFY(report()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("Sent on %1: it is listed")
                              .arg(QLocale().toString(QDate(2026, 11, 23), QLocale::LongFormat))));

    // The interview page lists it on Follow up and in its history, and shows its words.
    {
        InterviewDialog page(m_workspace.get(), id, m_window.get());
        page.show();
        auto *list = child<QListWidget>(&page, QStringLiteral("sentMessageList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Thank-you note · E-mail — “Thank you, Ada”")),
                 qPrintable(list->item(0)->text()));
        auto *history = child<QListWidget>(&page, QStringLiteral("historyList"));
        bool inHistory = false;
        for (int row = 0; row < history->count(); ++row)
            inHistory = inHistory || history->item(row)->text().contains(QStringLiteral("Sent: Thank-you note"));
        QVERIFY(inHistory);
        whenModal<QDialog>([&words](QDialog *viewer) {
            QCOMPARE(viewer->objectName(), QStringLiteral("sentMessageViewer"));
            QCOMPARE(child<QPlainTextEdit>(viewer, QStringLiteral("sentMessageBody"))->toPlainText(), words);
            viewer->reject();
        });
        Q_EMIT list->itemActivated(list->item(0));
    }

    // Undo takes it all back: the date, the step, the kept message; the draft returns.
    m_workspace->undoStack->undo();
    sent = *m_window->workspace()->interviews->interview(id);
    QVERIFY(!sent.thankYouSentOn.isValid());
    QCOMPARE(sent.step, Step::Conduct);
    QVERIFY(m_workspace->messages->sent(id).isEmpty());
    QVERIFY(m_workspace->messages->draft(id, MessageKind::ThankYou));
    QCOMPARE(m_workspace->messages->draft(id, MessageKind::ThankYou)->body, composer->editor()->toPlainText());
    m_workspace->undoStack->redo();
    QCOMPARE(m_workspace->messages->sent(id).size(), 1);
    QVERIFY(!m_workspace->messages->draft(id, MessageKind::ThankYou).has_value());
}

// The repro: type in the outreach, switch to the follow-up and back, quit and start
// again: the sentence is there each time, and the follow-up is still the template.
void TestComposer::draftSurvivesSwitchingKindAndRestart()
{
    const qint64 id = addInterview(Step::Prepare, QDateTime());
    ComposerWidget *composer = openComposer(id);
    QCOMPARE(composer->kind(), MessageKind::Outreach);
    QPlainTextEdit *editor = composer->editor();
    editor->moveCursor(QTextCursor::Start);
    QTest::keyClicks(editor, QStringLiteral("A sentence I wrote myself. "));
    const QString draft = editor->toPlainText();
    chooseKind(composer, MessageKind::FollowUp);
    QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Hi Ada,")));
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("A sentence I wrote myself.")));
    // The switch says where the words went.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Your “Outreach request” is kept as a draft: choose it again to go on with it."));
    m_window->statusBar()->clearMessage();
    chooseKind(composer, MessageKind::Outreach);
    QCOMPARE(editor->toPlainText(), draft);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty()); // the template it left was untouched
    screenshot(m_window.get(), QStringLiteral("composer-draft-restored"));

    // Another interview and back.
    const qint64 other = addInterview(Step::Prepare, QDateTime());
    composer->setInterview(other);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("A sentence I wrote myself.")));
    composer->setInterview(id);
    QCOMPARE(editor->toPlainText(), draft);

    restart();
    composer = openComposer(id);
    QCOMPARE(composer->kind(), MessageKind::Outreach);
    QCOMPARE(composer->editor()->toPlainText(), draft);
}

// Saved half a second after typing stops, without switching away: a crash loses at most that.
void TestComposer::draftIsSavedWhileTyping()
{
    const qint64 id = addInterview(Step::Prepare, QDateTime());
    ComposerWidget *composer = openComposer(id);
    QVERIFY(!m_workspace->messages->draft(id, MessageKind::Outreach));
    QTest::keyClicks(child<QLineEdit>(composer, QStringLiteral("composerSubject")), QStringLiteral(" (quick one)"));
    QTRY_VERIFY(m_workspace->messages->draft(id, MessageKind::Outreach).has_value());
    QVERIFY(m_workspace->messages->draft(id, MessageKind::Outreach));
    QVERIFY(m_workspace->messages->draft(id, MessageKind::Outreach)->subject.endsWith(QStringLiteral("(quick one)")));
    // Only looking at a kind of message writes nothing.
    chooseKind(composer, MessageKind::TouchBase);
    QTest::qWait(700);
    QVERIFY(!m_workspace->messages->draft(id, MessageKind::TouchBase));
}

void TestComposer::templateAsksBeforeReplacingADraft_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("keep my words") << false;
    QTest::newRow("replace them, then undo") << true;
}

void TestComposer::templateAsksBeforeReplacingADraft()
{
    QFETCH(bool, replace);
    const qint64 id = addInterview(Step::Prepare, QDateTime());
    ComposerWidget *composer = openComposer(id);
    auto *templates = child<QComboBox>(composer, QStringLiteral("composerTemplate"));
    QCOMPARE(templates->currentText(), QStringLiteral("Outreach with something in common"));
    QPlainTextEdit *editor = composer->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("P.S. My own words."));
    const QString mine = editor->toPlainText();
    const QString mySubject = child<QLineEdit>(composer, QStringLiteral("composerSubject"))->text();

    QString question;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(replace ? QMessageBox::Yes : QMessageBox::No)->click();
    });
    const int other = templates->findText(QStringLiteral("Outreach through someone who introduced you"));
    QVERIFY(other >= 0);
    templates->setCurrentIndex(other);
    Q_EMIT templates->activated(other);
    QVERIFY2(question.contains(QStringLiteral("Replace them with the template")), qPrintable(question));
    if (!replace) {
        QCOMPARE(editor->toPlainText(), mine);
        QCOMPARE(templates->currentText(), QStringLiteral("Outreach with something in common"));
        return;
    }
    QVERIFY(editor->toPlainText().contains(QStringLiteral("suggested I get in touch")));
    QCOMPARE(templates->currentText(), QStringLiteral("Outreach through someone who introduced you"));
    // Saved a moment after the edit: until then there is no draft to read.
    QTRY_COMPARE(m_workspace->messages->draft(id, MessageKind::Outreach).value_or(MessageDraft()).body,
                 editor->toPlainText());
    // Ctrl+Z in the message brings the draft back, with its subject and template.
    auto *subject = child<QLineEdit>(composer, QStringLiteral("composerSubject"));
    QVERIFY(subject->text() != mySubject);
    editor->setFocus();
    QTest::keySequence(editor, QKeySequence::Undo);
    QCOMPARE(editor->toPlainText(), mine);
    QTRY_COMPARE(subject->text(), mySubject);
    QCOMPARE(templates->currentText(), QStringLiteral("Outreach with something in common"));
    QTRY_COMPARE(m_workspace->messages->draft(id, MessageKind::Outreach).value_or(MessageDraft()).subject, mySubject);
}

// A database that refuses writes (read-only, full disk): what is typed stays, switching kinds
// and back shows it again, and closing the window warns before it is lost; once the database
// takes writes again, the drafts are written.
void TestComposer::draftsTheDatabaseRefusesAreKeptAndWarnedAbout()
{
    const qint64 id = addInterview(Step::Prepare, QDateTime());
    ComposerWidget *composer = openComposer(id);
    QSqlQuery pragma(m_db->connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 1")));
    QPlainTextEdit *editor = composer->editor();
    editor->moveCursor(QTextCursor::Start);
    QTest::keyClicks(editor, QStringLiteral("Words the disk would not take. "));
    const QString mine = editor->toPlainText();
    QVERIFY(!composer->saveDraft());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Your draft could not be saved")));
    chooseKind(composer, MessageKind::FollowUp);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("Words the disk")));
    chooseKind(composer, MessageKind::Outreach);
    QCOMPARE(editor->toPlainText(), mine);
    QCOMPARE(composer->unsavedDraftCount(), 1);

    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_window->close());
    QVERIFY2(warning.contains(QStringLiteral("1 message draft could not be saved")), qPrintable(warning));
    QVERIFY(m_window->isVisible());

    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 0")));
    QVERIFY(composer->saveDraft());
    QCOMPARE(composer->unsavedDraftCount(), 0);
    QVERIFY(m_workspace->messages->draft(id, MessageKind::Outreach));
    QCOMPARE(m_workspace->messages->draft(id, MessageKind::Outreach)->body, mine);

    // Taken down with a draft it could not write (as after "close anyway"): no crash.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 1")));
    QTest::keyClicks(editor, QStringLiteral("More. "));
    pragma = QSqlQuery();
    m_window.reset();
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA query_only = 0"));
}

// The signature comes from Settings › My Profile: the advice says so, and goes once it is set.
void TestComposer::signatureAdvicePointsToMyProfile()
{
    QSettings().clear(); // no profile
    const qint64 id = addInterview(Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    ComposerWidget *composer = openComposer(id);
    const auto advice = [this] {
        const QStringList lines = report();
        return std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.contains(QStringLiteral("Missing: Your signature"))
                && line.contains(QStringLiteral("Settings › Configure Coffee Chat › My Profile"));
        });
    };
    QVERIFY2(advice(), qPrintable(report().join(QLatin1Char('\n'))));
    MyProfile me;
    me.name = QStringLiteral("Sam Rivera");
    me.save();
    composer->refreshValues(); // as the settings dialog does when it is accepted
    QVERIFY2(!advice(), qPrintable(report().join(QLatin1Char('\n'))));
}

void TestComposer::outreachAdviceFollowsTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("advice"); // a report line that must appear

    QTest::newRow("asking for a job") << QStringLiteral(" Are there any job openings on your team?")
                                      << QStringLiteral("job");
    QTest::newRow("too long") << QStringLiteral(" And").repeated(120) << QStringLiteral("Word count");
}

void TestComposer::outreachAdviceFollowsTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, advice);
    const qint64 id = addInterview(Step::Prepare, QDateTime());
    ComposerWidget *composer = openComposer(id);
    QCOMPARE(composer->kind(), MessageKind::Outreach);
    // Nobody introduced them, so the template that needs no introducer is chosen.
    QCOMPARE(child<QComboBox>(composer, QStringLiteral("composerTemplate"))->currentText(),
             QStringLiteral("Outreach with something in common"));
    QTextCursor slot = composer->editor()->document()->find(
        QStringLiteral("[[what you have in common, e.g. the same university or former employer]]"));
    composer->editor()->setTextCursor(slot);
    QTest::keyClicks(composer->editor(), QStringLiteral("the Leeds geography course"));
    const QStringList before = report();
    QPlainTextEdit *editor = composer->editor();
    editor->moveCursor(QTextCursor::End);
    // Just before the signature.
    editor->setTextCursor(editor->document()->find(QStringLiteral("Your advice would mean a lot.")));
    QTest::keyClicks(editor, QStringLiteral("Your advice would mean a lot.") + typed);
    const QStringList after = report();
    const auto failing = [&advice](const QStringList &lines) {
        return std::any_of(lines.cbegin(), lines.cend(), [&advice](const QString &line) {
            return line.startsWith(QStringLiteral("• ")) && line.contains(advice, Qt::CaseInsensitive);
        });
    };
    QVERIFY2(!failing(before), qPrintable(before.join(QLatin1Char('\n'))));
    QVERIFY2(failing(after), qPrintable(after.join(QLatin1Char('\n'))));
}

void TestComposer::highlightsPlaceholdersAndSlotsInBothPalettes()
{
    const qint64 id = addInterview(Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    ComposerWidget *composer = openComposer(id);
    QPlainTextEdit *editor = composer->editor();
    editor->appendPlainText(QStringLiteral("Signed {{my.name}}, **bold**."));

    // The colour the highlighter gave the text at `needle`, or an invalid colour.
    const auto colourAt = [editor](const QString &needle) {
        const QTextCursor found = editor->document()->find(needle);
        if (found.isNull())
            return QColor();
        const QTextBlock block = found.block();
        const int offset = found.selectionStart() - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (offset >= range.start && offset < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    const QString slot = QStringLiteral("[[one specific thing you learned]]");
    const QString field = QStringLiteral("{{my.name}}");
    QTRY_VERIFY(colourAt(slot).isValid());
    QVERIFY(colourAt(field).isValid());
    QVERIFY(colourAt(slot) != colourAt(field));
    QVERIFY(colourAt(field) != colourAt(QStringLiteral("Signed")));
    const QColor lightSlot = colourAt(slot);

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    m_window->setPalette(dark);
    QTRY_VERIFY(colourAt(slot) != lightSlot); // the dark theme took over
    QVERIFY(colourAt(slot).isValid());
    screenshot(m_window.get(), QStringLiteral("composer-dark"));
    m_window->setPalette(QPalette());
    QTRY_COMPARE(colourAt(slot), lightSlot);
}

void TestComposer::templatesAreAddedAndEditedWithUndo()
{
    const qint64 id = addInterview(Step::FollowUp, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ComposerWidget *composer = openComposer(id);
    TemplateStore *store = m_window->workspace()->templates;
    const int before = int(store->all().size());

    whenModal<TemplateDialog>([](TemplateDialog *dialog) {
        child<QLineEdit>(dialog, QStringLiteral("templateName"))->setText(QStringLiteral("Short thanks"));
        child<QLineEdit>(dialog, QStringLiteral("templateSubject"))
            ->setText(QStringLiteral("Thanks, {{contact.first_name}}"));
        child<QPlainTextEdit>(dialog, QStringLiteral("templateBody"))
            ->setPlainText(QStringLiteral("Hi {{contact.first_name}}, thanks for {{contact.nickname}}! [[one thing]]"));
        // The unknown field is pointed out before saving.
        QVERIFY(child<QLabel>(dialog, QStringLiteral("templateProblems"))
                    ->text()
                    .contains(QStringLiteral("{{contact.nickname}}")));
        dialog->accept();
    });
    composer->findChild<QAction *>(QStringLiteral("newTemplateAction"))->trigger();
    QCOMPARE(int(store->all().size()), before + 1);
    QCOMPARE(child<QComboBox>(composer, QStringLiteral("composerTemplate"))->currentText(),
             QStringLiteral("Short thanks"));
    QVERIFY(composer->editor()->toPlainText().startsWith(QStringLiteral("Hi Ada, thanks for {{contact.nickname}}!")));
    QVERIFY(report().join(QLatin1Char('\n')).contains(QStringLiteral("{{contact.nickname}} is not a field")));

    whenModal<TemplateDialog>([](TemplateDialog *dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("templateBody"))
            ->setPlainText(QStringLiteral("Hi {{contact.first_name}}, thank you!"));
        dialog->accept();
    });
    composer->findChild<QAction *>(QStringLiteral("editTemplateAction"))->trigger();
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("Hi Ada, thank you!"));
    m_workspace->undoStack->undo(); // the edit
    QVERIFY(store->messageTemplate(composer->templateId())->body.contains(QStringLiteral("nickname")));
    m_workspace->undoStack->undo(); // the addition
    QCOMPARE(int(store->all().size()), before);
}

void TestComposer::interviewPageOpensTheComposer()
{
    const qint64 id = addInterview(Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    InterviewDialog *page = m_window->openInterview(id, Step::Conduct);
    QVERIFY(QTest::qWaitForWindowExposed(page));
    whenModal<ComposerDialog>([id](ComposerDialog *dialog) {
        QCOMPARE(dialog->composer()->interviewId(), id);
        QCOMPARE(dialog->composer()->kind(), MessageKind::ThankYou);
        QVERIFY(dialog->composer()->editor()->toPlainText().startsWith(QStringLiteral("Hi Ada,")));
        screenshot(dialog, QStringLiteral("composer-dialog"));
        dialog->reject();
    });
    child<QPushButton>(page, QStringLiteral("writeMessageButton"))->click();
    page->reject();
}

// Prepare › Send Questions Ahead…: the shipped template lists the planned questions, numbered,
// and follows the plan as it changes; Mark as Sent records the day and moves nothing.
void TestComposer::questionsGoAheadFromThePrepareTab()
{
    const qint64 id = addInterview(Step::Contact, QDateTime(QDate(2026, 11, 26), QTime(10, 0)));
    QVERIFY(id);
    QVERIFY(
        m_workspace->interviews->setPlan(id,
                                         {PlannedQuestion{0, QStringLiteral("How did you get into climate data?")},
                                          PlannedQuestion{0, QStringLiteral("What does a typical week look like?")}}));
    InterviewDialog *page = m_window->openInterview(id, Step::Prepare);
    QVERIFY(QTest::qWaitForWindowExposed(page));
    const int undoBefore = m_workspace->undoStack->count();
    whenModal<ComposerDialog>([this, id](ComposerDialog *dialog) {
        ComposerWidget *composer = dialog->composer();
        QCOMPARE(composer->kind(), MessageKind::QuestionsAhead);
        QCOMPARE(child<QComboBox>(composer, QStringLiteral("composerTemplate"))->currentText(),
                 QStringLiteral("A few questions ahead of our conversation"));
        const QString text = composer->editor()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("\n\n1. How did you get into climate data?\n"
                                              "2. What does a typical week look like?\n\n")),
                 qPrintable(text));
        QVERIFY2(composer->rendered().isComplete(), qPrintable(report().join(QLatin1Char('\n'))));
        QCOMPARE(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text(),
                 QStringLiteral("Ada Okafor <ada.okafor@example.com>"));
        screenshot(dialog, QStringLiteral("composer-questions-ahead"));
        child<QPushButton>(composer, QStringLiteral("markSentButton"))->click();
        const Interview sent = *m_workspace->interviews->interview(id);
        QCOMPARE(sent.questionsSentOn, QDate(2026, 11, 23));
        QCOMPARE(sent.step, Step::Contact);
        QCOMPARE(m_workspace->messages->sent(id).constFirst().kind, MessageKind::QuestionsAhead);
        QVERIFY(m_workspace->messages->sent(id).constFirst().body.contains(QStringLiteral("2. What does a typical")));
        // Marking it again asks first; No records nothing more, and the report says it once.
        whenModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->windowTitle(), QStringLiteral("Already sent"));
            box->button(QMessageBox::No)->click();
        });
        child<QPushButton>(composer, QStringLiteral("markSentButton"))->click();
        QCOMPARE(m_workspace->messages->sent(id).size(), 1);
        QCOMPARE(report().filter(QStringLiteral("Sent on")).size(), 1);
        dialog->reject();
    });
    child<QPushButton>(page, QStringLiteral("sendQuestionsAheadButton"))->click();
    // The page shows the day on the Contact tab; undo takes it back.
    QCOMPARE(child<DateField>(page, QStringLiteral("questionsSentOn"))->date(), QDate(2026, 11, 23));
    QCOMPARE(m_workspace->undoStack->count(), undoBefore + 1);
    m_workspace->undoStack->undo();
    QVERIFY(!m_workspace->interviews->interview(id)->questionsSentOn.isValid());
    page->reject();

    // Once the conversation has taken place, questions cannot go ahead of it.
    Interview held = *m_workspace->interviews->interview(id);
    held.scheduledAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0));
    QVERIFY(m_workspace->interviews->update(held));
    page = m_window->openInterview(id, Step::Prepare);
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QVERIFY(!child<QPushButton>(page, QStringLiteral("sendQuestionsAheadButton"))->isEnabled());
    QVERIFY(child<QPushButton>(page, QStringLiteral("sendQuestionsAheadButton"))
                ->toolTip()
                .contains(QStringLiteral("has taken place")));
    page->reject();

    // Without questions the composer says what is missing instead of sending an empty list.
    QVERIFY(m_workspace->interviews->setPlan(id, {}));
    ComposerWidget *composer = openComposer(id);
    chooseKind(composer, MessageKind::QuestionsAhead);
    QVERIFY2(report().contains(QStringLiteral("• Missing: The questions you plan to ask, as a numbered list. Choose "
                                              "them on the interview's Prepare tab, or write them in.")),
             qPrintable(report().join(QLatin1Char('\n'))));
    // Choosing questions fills the list in the report at once (the plan is read again).
    QVERIFY(m_workspace->interviews->setPlan(id, {PlannedQuestion{0, QStringLiteral("What surprised you?")}}));
    QTRY_VERIFY(!report().join(QLatin1Char('\n')).contains(QStringLiteral("The questions you plan to ask")));
}

// The thanks for an introduction are written to whoever introduced you, by their first name, and
// recorded on the interview without moving it.
void TestComposer::thanksForTheIntroductionGoToTheIntroducer()
{
    const qint64 id = addInterview(Step::Conduct, QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    QVERIFY(id);
    ComposerWidget *composer = openComposer(id);
    chooseKind(composer, MessageKind::IntroducerThanks);
    QVERIFY(report().contains(
        QStringLiteral("• Missing: The first name of the person who introduced you. Set “Introduced by” on "
                       "the interview's Identify tab, or write it in.")));
    QVERIFY2(
        child<QLabel>(composer, QStringLiteral("composerRecipient"))->text().contains(QStringLiteral("Introduced by")),
        qPrintable(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text()));

    Contact grace;
    grace.firstName = QStringLiteral("Grace");
    grace.lastName = QStringLiteral("Mensah");
    grace.email = QStringLiteral("grace@example.net");
    ContactBatch batch;
    batch.inserts << grace;
    QVERIFY(m_workspace->contacts->apply(batch));
    Interview interview = *m_workspace->interviews->interview(id);
    interview.introducedById = batch.inserts.constFirst().id;
    QVERIFY(m_workspace->interviews->update(interview));
    // The open composer follows at once.
    QCOMPARE(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text(),
             QStringLiteral("Grace Mensah <grace@example.net>"));

    composer = openComposer(id);
    chooseKind(composer, MessageKind::IntroducerThanks);
    QCOMPARE(child<QComboBox>(composer, QStringLiteral("composerTemplate"))->currentText(),
             QStringLiteral("Thanking the person who introduced you"));
    QCOMPARE(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text(),
             QStringLiteral("Grace Mensah <grace@example.net>"));
    QPlainTextEdit *editor = composer->editor();
    QVERIFY2(
        editor->toPlainText().startsWith(QStringLiteral("Hi Grace,\n\nThank you for introducing me to Ada Okafor.")),
        qPrintable(editor->toPlainText()));
    QCOMPARE(child<QLineEdit>(composer, QStringLiteral("composerSubject"))->text(),
             QStringLiteral("Thank you for introducing me to Ada"));
    for (const QString &slot : composer->rendered().unfilledSlots) {
        QTextCursor cursor = editor->document()->find(QStringLiteral("[[%1]]").arg(slot));
        QVERIFY2(!cursor.isNull(), qPrintable(slot));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral("it was a great help"));
    }
    QVERIFY(composer->rendered().isComplete());
    child<QPushButton>(composer, QStringLiteral("mailMessageButton"))->click();
    QCOMPARE(m_mail.urls.size(), 1);
    QCOMPARE(m_mail.urls.constFirst().path(), QStringLiteral("grace@example.net"));

    child<QPushButton>(composer, QStringLiteral("markSentButton"))->click();
    const Interview after = *m_workspace->interviews->interview(id);
    QCOMPARE(after.introducerThankedOn, QDate(2026, 11, 23));
    QVERIFY(!after.thankYouSentOn.isValid()); // the person still waits for theirs
    QCOMPARE(after.step, Step::Conduct);
    // Back on the person's own message, the recipient is the person again.
    chooseKind(composer, MessageKind::ThankYou);
    QCOMPARE(child<QLabel>(composer, QStringLiteral("composerRecipient"))->text(),
             QStringLiteral("Ada Okafor <ada.okafor@example.com>"));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

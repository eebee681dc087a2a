// The undo helpers every edit shares (ui/commands/writecommand.h): a macro whose last write
// failed is taken back as a whole and leaves no entry; a command on top is taken back so that it
// appears under neither Undo nor Redo.

#include "commands/writecommand.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestUndoHelpers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endMacro_data();
    void endMacro();
    void takeBackOnlyTheTopCommand();
};

namespace {
// Pushes a command that "writes" `value` into `state` (already written, as the stores do).
void write(QUndoStack *stack, QStringList *state, const QString &value)
{
    state->append(value);
    stack->push(new WriteCommand(
        value,
        [state, value] {
            state->append(value);
            return true;
        },
        [state] {
            state->removeLast();
            return true;
        }));
}
} // namespace

void TestUndoHelpers::endMacro_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("state");
    QTest::addColumn<int>("entries");
    QTest::newRow("every write succeeded") << true << QStringList{u"before"_s, u"a"_s, u"b"_s} << 2;
    QTest::newRow("a write failed") << false << QStringList{u"before"_s} << 1;
}

void TestUndoHelpers::endMacro()
{
    QFETCH(bool, ok);
    QFETCH(QStringList, state);
    QFETCH(int, entries);
    QUndoStack stack;
    QStringList written;
    write(&stack, &written, u"before"_s);
    stack.beginMacro(u"two writes"_s);
    write(&stack, &written, u"a"_s);
    write(&stack, &written, u"b"_s);
    ::endMacro(&stack, ok);
    QCOMPARE(written, state);
    QCOMPARE(stack.count(), entries);
    QCOMPARE(stack.index(), entries);
    QVERIFY(!stack.canRedo());
    QCOMPARE(stack.undoText(), ok ? u"two writes"_s : u"before"_s);
}

void TestUndoHelpers::takeBackOnlyTheTopCommand()
{
    QUndoStack stack;
    QStringList written;
    write(&stack, &written, u"first"_s);
    const QUndoCommand *first = stack.command(0);
    write(&stack, &written, u"second"_s);
    QVERIFY(!takeBack(&stack, first)); // not on top: something was done since
    QCOMPARE(written, QStringList({u"first"_s, u"second"_s}));
    QVERIFY(takeBack(&stack, stack.command(1)));
    QCOMPARE(written, QStringList{u"first"_s});
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.canRedo());
    stack.undo();
    QVERIFY(written.isEmpty());
    QVERIFY(!takeBack(&stack, first)); // undone already: it is on the redo side
    QVERIFY(!takeBack(&stack, nullptr));
}

QTEST_GUILESS_MAIN(TestUndoHelpers)
#include "tst_undohelpers.moc"

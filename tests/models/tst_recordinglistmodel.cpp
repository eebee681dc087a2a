// The recordings list of one interview: rows follow the store (insert, remove, another
// interview's changes ignored), each row says when, how long and how it was made.

#include "models/recordinglistmodel.h"
#include "storage/database.h"
#include "storage/interviewstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestRecordingListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durationText_data();
    void durationText();
    void followsTheStore();
};

void TestRecordingListModel::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(0) << u"length unknown"_s;
    QTest::newRow("negative") << qint64(-5) << u"length unknown"_s;
    QTest::newRow("under a second") << qint64(400) << u"0:00"_s;
    QTest::newRow("rounded up") << qint64(41600) << u"0:42"_s;
    QTest::newRow("minutes") << qint64((23 * 60 + 5) * 1000) << u"23:05"_s;
    QTest::newRow("hours") << qint64((3600 + 2 * 60 + 9) * 1000) << u"1:02:09"_s;
}

void TestRecordingListModel::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(RecordingListModel::durationText(ms), text);
}

void TestRecordingListModel::followsTheStore()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"m.sqlite"_s)));
    InterviewStore interviews(&db);
    Interview a, b;
    QVERIFY(interviews.insert(a));
    QVERIFY(interviews.insert(b));

    RecordingListModel model(&interviews);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInterview(a.id);
    QCOMPARE(model.rowCount(), 0);

    Recording first;
    first.interviewId = a.id;
    first.fileName = u"1.ogg"_s;
    first.recordedAt = QDateTime(QDate(2026, 12, 7), QTime(15, 40), QTimeZone::UTC);
    first.durationMs = 62000;
    QVERIFY(interviews.insertRecording(first));
    Recording attached;
    attached.interviewId = a.id;
    attached.fileName = u"2.m4a"_s;
    attached.originalName = u"Voice 012.m4a"_s;
    attached.recordedAt = first.recordedAt.addDays(1);
    QVERIFY(interviews.insertRecording(attached));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0).data().toString().endsWith(u" · 1:02 · recorded here"_s));
    QVERIFY(model.index(1).data().toString().endsWith(u" · length unknown · attached: Voice 012.m4a"_s));
    QCOMPARE(model.index(1).data(RecordingListModel::RecordingIdRole).toLongLong(), attached.id);
    QCOMPARE(model.rowOf(attached.id), 1);
    model.setInProgress(attached.id);
    QVERIFY(model.index(1).data().toString().endsWith(u" · recording now"_s));
    model.setInProgress(0);
    QVERIFY(model.index(1).data().toString().contains(u" · length unknown · "_s));

    // Another interview's recordings do not touch this list.
    int resets = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    Recording other;
    other.interviewId = b.id;
    other.fileName = u"3.ogg"_s;
    QVERIFY(interviews.insertRecording(other));
    QCOMPARE(resets, 0);

    first.durationMs = 63000;
    QVERIFY(interviews.updateRecording(first));
    QVERIFY(model.index(0).data().toString().contains(u"1:03"_s));
    QVERIFY(interviews.removeRecording(first));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.recordingAt(0), attached);
    QVERIFY(interviews.remove(a.id));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRecordingListModel)
#include "tst_recordinglistmodel.moc"

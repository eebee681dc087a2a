#pragma once

#include "domain/question.h"

#include <QAbstractListModel>
#include <QList>

class InterviewStore;

// One interview's recordings, oldest first: "7 Dec 2026 15:40 · 23:12 · recorded here" or
// "… · attached: Voice 012.m4a". Follows the store.
class RecordingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RecordingIdRole = Qt::UserRole + 1, DurationMsRole, FileNameRole };

    explicit RecordingListModel(InterviewStore *interviews, QObject *parent = nullptr);

    void setInterview(qint64 interviewId);
    qint64 interviewId() const { return m_interviewId; }
    Recording recordingAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 recordingId) const; // -1 when not listed
    // The recording being made now, shown as such instead of with a length (0: none).
    void setInProgress(qint64 recordingId);

    // A length as a clock shows it: "0:42", "23:05", "1:02:09"; "length unknown" for 0.
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    InterviewStore *m_interviews;
    qint64 m_interviewId = 0;
    qint64 m_inProgress = 0;
    QList<Recording> m_rows;
};

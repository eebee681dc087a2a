#include "models/recordinglistmodel.h"

#include "domain/timetext.h"
#include "storage/interviewstore.h"

#include <utility>

RecordingListModel::RecordingListModel(InterviewStore *interviews, QObject *parent)
    : QAbstractListModel(parent)
    , m_interviews(interviews)
{
    connect(m_interviews, &InterviewStore::recordingsChanged, this, [this](qint64 id) {
        if (id == m_interviewId)
            refresh();
    });
    connect(m_interviews, &InterviewStore::interviewRemoved, this, [this](qint64 id) {
        if (id == m_interviewId)
            refresh();
    });
    connect(m_interviews, &InterviewStore::interviewInserted, this, [this](qint64 id) {
        if (id == m_interviewId)
            refresh();
    });
}

void RecordingListModel::setInterview(qint64 interviewId)
{
    m_interviewId = interviewId;
    refresh();
}

void RecordingListModel::refresh()
{
    beginResetModel();
    m_rows = m_interviewId ? m_interviews->recordings(m_interviewId) : QList<Recording>();
    endResetModel();
}

void RecordingListModel::setInProgress(qint64 recordingId)
{
    const qint64 before = std::exchange(m_inProgress, recordingId);
    for (qint64 id : {before, recordingId}) {
        if (const int row = rowOf(id); id && row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

int RecordingListModel::rowOf(qint64 recordingId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == recordingId)
            return row;
    }
    return -1;
}

QString RecordingListModel::durationText(qint64 ms)
{
    if (ms <= 0)
        return tr("length unknown");
    const qint64 seconds = (ms + 500) / 1000;
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(m).arg(ss);
}

int RecordingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recording &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString when = TimeText::dateTime(r.recordedAt.toLocalTime());
        if (r.id == m_inProgress)
            return tr("%1 · recording now").arg(when);
        const QString how = r.isAttached() ? tr("attached: %1").arg(r.originalName) : tr("recorded here");
        return tr("%1 · %2 · %3").arg(when, durationText(r.durationMs), how);
    }
    case Qt::ToolTipRole:
        return r.fileName;
    case RecordingIdRole:
        return r.id;
    case DurationMsRole:
        return r.durationMs;
    case FileNameRole:
        return r.fileName;
    default:
        return {};
    }
}

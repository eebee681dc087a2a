#include "todayview.h"

#include "models/todaymodel.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Overdue reminders in bold, so they stand out from today's.
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TodayModel::OverdueRole).toBool()) {
            option->font.setBold(true);
            if (index.column() == TodayModel::WhenColumn)
                option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
        }
    }
};
} // namespace

TodayView::TodayView(Workspace *workspace, TodayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("todayView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_heading->setFont(f);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setItemDelegate(new OverdueDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TodayModel::WhenColumn, 190);
    m_list->setColumnWidth(TodayModel::WhatColumn, 380);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openInterview(index.data(TodayModel::InterviewIdRole).toLongLong(),
                             Step(index.data(TodayModel::OpenStepRole).toInt()));
    });

    m_empty = new QLabel(tr("<h3>Nothing is due</h3><p>Thank-you notes, follow-ups and upcoming "
                            "conversations appear here when they need you. Start an interview from the "
                            "<b>Interviews</b> tab, or from a contact with <b>Contacts › Start Interview</b>.</p>"),
                         this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::updateState);
    updateState();
}

void TodayView::updateState()
{
    const QDate today = m_workspace->clock().toLocalTime().date();
    const int count = m_model->rowCount();
    m_heading->setText(tr("%1: %n thing(s) to do", nullptr, count).arg(QLocale().toString(today, QLocale::LongFormat)));
    m_list->setVisible(count > 0);
    m_empty->setVisible(count == 0);
}

#include "importpreviewdialog.h"

#include "models/importpreviewmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const QString &fileName, const ImportPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import contacts"));
    m_model->setPlan(plan);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPreviewModel::ActionRole);

    const int added = plan.count(ImportPlan::Action::Add);
    const int updated = plan.count(ImportPlan::Action::Update);
    const int unchanged = plan.count(ImportPlan::Action::Unchanged);
    const int skipped = plan.count(ImportPlan::Action::Skip);

    auto *heading = new QLabel(tr("Importing “%1”").arg(fileName), this);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QStringList parts;
    parts << tr("%n new contact(s)", nullptr, added) << tr("%n to update", nullptr, updated);
    if (unchanged)
        parts << tr("%n already up to date", nullptr, unchanged);
    parts << tr("%n skipped", nullptr, skipped);
    m_summary->setText(parts.join(QStringLiteral(" · "))
                       + QLatin1Char('\n')
                       + tr("Updates refresh company and position and fill empty fields; your own notes, "
                            "tags and edits are kept. You can undo the whole import afterwards."));

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("All rows"), -1);
    m_show->addItem(tr("New"), int(ImportPlan::Action::Add));
    m_show->addItem(tr("Updates"), int(ImportPlan::Action::Update));
    m_show->addItem(tr("Up to date"), int(ImportPlan::Action::Unchanged));
    m_show->addItem(tr("Skipped"), int(ImportPlan::Action::Skip));
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::applyShowFilter);
    auto *showRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ImportPreviewModel::LineColumn, 50);
    m_view->setColumnWidth(ImportPreviewModel::ActionColumn, 90);
    m_view->setColumnWidth(ImportPreviewModel::NameColumn, 170);
    m_view->setColumnWidth(ImportPreviewModel::CompanyColumn, 160);
    m_view->setColumnWidth(ImportPreviewModel::PositionColumn, 180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const int writes = added + updated;
    m_importButton = buttons->addButton(writes > 0 ? tr("&Import %n contact(s)", nullptr, writes) : tr("Nothing to import"),
                                        QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(writes > 0);
    m_importButton->setDefault(writes > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addLayout(showRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 560);
}

const ImportPlan &ImportPreviewDialog::plan() const
{
    return m_model->plan();
}

void ImportPreviewDialog::applyShowFilter()
{
    const int action = m_show->currentData().toInt();
    m_proxy->setFilterFixedString(action < 0 ? QString() : QString::number(action));
}

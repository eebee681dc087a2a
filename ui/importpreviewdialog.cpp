#include "importpreviewdialog.h"

#include "itemviews.h"
#include "models/importpreviewmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const ContactImport::Prepared &prepared, QWidget *parent)
    : QDialog(parent)
    , m_prepared(prepared)
    , m_model(new ImportPreviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import contacts"));
    m_model->setPlan(prepared.plan);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPreviewModel::ActionRole);

    const QString fileName = QFileInfo(prepared.filePath).fileName();
    const QString format = contactcsv::Names::format(prepared.layout.format);
    auto *heading = new QLabel(prepared.archiveEntry.isEmpty()
                                   ? tr("Importing “%1” (%2)").arg(fileName, format)
                                   : tr("Importing “%1” from “%2” (%3)").arg(prepared.archiveEntry, fileName, format),
                               this);
    heading->setObjectName(QStringLiteral("importHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(warning);

    // Which column holds what: folded away for formats we recognise, open otherwise.
    m_columnsToggle = new QToolButton(this);
    m_columnsToggle->setObjectName(QStringLiteral("columnsToggle"));
    m_columnsToggle->setText(tr("Columns in the file"));
    m_columnsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_columnsToggle->setCheckable(true);
    m_columnsToggle->setAutoRaise(true);
    m_columns = new QTableWidget(this);
    ItemViews::setUpTable(m_columns);
    m_columns->setObjectName(QStringLiteral("columnMapping"));
    buildColumnTable();
    const bool known = prepared.layout.format != contactcsv::Format::Other && prepared.hasNameColumn();
    auto setColumnsShown = [this](bool shown) {
        m_columns->setVisible(shown);
        m_columnsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    };
    connect(m_columnsToggle, &QToolButton::toggled, this, setColumnsShown);
    m_columnsToggle->setChecked(!known);
    setColumnsShown(!known);

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("All rows"), -1);
    m_show->addItem(tr("New"), int(ImportPlan::Action::Add));
    m_show->addItem(tr("Updates"), int(ImportPlan::Action::Update));
    m_show->addItem(tr("Changed jobs"), ImportPreviewModel::ChangedJobsFilter);
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
    ItemViews::setUpTable(m_view);
    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ImportPreviewModel::LineColumn, 50);
    m_view->setColumnWidth(ImportPreviewModel::ActionColumn, 90);
    m_view->setColumnWidth(ImportPreviewModel::NameColumn, 170);
    m_view->setColumnWidth(ImportPreviewModel::CompanyColumn, 160);
    m_view->setColumnWidth(ImportPreviewModel::PositionColumn, 180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_columnsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_columns);
    layout->addLayout(showRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    updateSummary();
    resize(980, 600);
}

const ImportPlan &ImportPreviewDialog::plan() const
{
    return m_model->plan();
}

void ImportPreviewDialog::buildColumnTable()
{
    const contactcsv::Layout &layout = m_prepared.layout;
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Import as")});
    m_columns->setRowCount(int(layout.headings.size()));
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setColumnWidth(0, 220);
    m_columns->setColumnWidth(1, 260);
    const int firstData = layout.headerRecord + 1;
    const QStringList example =
        firstData < m_prepared.table.size() ? m_prepared.table.fields(firstData) : QStringList();
    for (int column = 0; column < layout.headings.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(layout.headings.at(column)));
        m_columns->setItem(column, 1, new QTableWidgetItem(example.value(column)));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("columnField%1").arg(column));
        for (contactcsv::Field field : contactcsv::Names::fields())
            combo->addItem(contactcsv::Names::field(field), int(field));
        combo->setCurrentIndex(combo->findData(int(layout.mapping.value(column, contactcsv::Field::Ignore))));
        connect(combo, &QComboBox::activated, this, [this, column, combo] {
            setColumnField(column, static_cast<contactcsv::Field>(combo->currentData().toInt()));
        });
        m_columns->setCellWidget(column, 2, combo);
    }
    const int rowHeight = m_columns->fontMetrics().height() + 14;
    m_columns->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_columns->setMaximumHeight(rowHeight * std::min<int>(int(layout.headings.size()), 7)
                                + m_columns->horizontalHeader()->sizeHint().height() + 4);
}

void ImportPreviewDialog::setColumnField(int column, contactcsv::Field field)
{
    QList<contactcsv::Field> mapping = m_prepared.layout.mapping;
    if (column < 0 || column >= mapping.size())
        return;
    // A field comes from one column only: choosing it here frees it elsewhere.
    if (field != contactcsv::Field::Ignore) {
        for (int other = 0; other < mapping.size(); ++other) {
            if (other != column && mapping.at(other) == field) {
                mapping[other] = contactcsv::Field::Ignore;
                if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(other, 2)))
                    combo->setCurrentIndex(combo->findData(int(contactcsv::Field::Ignore)));
            }
        }
    }
    mapping[column] = field;
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(combo->findData(int(field)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_prepared = ContactImport::remap(m_prepared, mapping);
    m_model->setPlan(m_prepared.plan);
    QApplication::restoreOverrideCursor();
    updateSummary();
}

void ImportPreviewDialog::updateSummary()
{
    const ImportPlan &plan = m_prepared.plan;
    const int added = plan.count(ImportPlan::Action::Add);
    const int updated = plan.count(ImportPlan::Action::Update);
    const int unchanged = plan.count(ImportPlan::Action::Unchanged);
    const int skipped = plan.count(ImportPlan::Action::Skip);
    QStringList parts;
    parts << tr("%n new contact(s)", nullptr, added) << tr("%n to update", nullptr, updated);
    if (unchanged)
        parts << tr("%n already up to date", nullptr, unchanged);
    parts << tr("%n skipped", nullptr, skipped);
    if (const int moved = plan.jobChanges(); moved > 0)
        parts << tr("%n people changed jobs", nullptr, moved);
    m_summary->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('\n')
                       + tr("Updates refresh company and position and fill empty fields; your own notes, "
                            "tags and edits are kept, and a job someone left stays in their history. You can "
                            "undo the whole import afterwards."));

    const bool named = m_prepared.hasNameColumn();
    m_problem->setText(named ? QString()
                             : tr("No column with people's names was recognised. Under “Import as”, choose "
                                  "the column that holds the first name, last name or full name."));
    m_problem->setVisible(!named);

    const int writes = added + updated;
    m_importButton->setText(writes > 0 ? tr("&Import %n contact(s)", nullptr, writes) : tr("Nothing to import"));
    m_importButton->setEnabled(writes > 0);
    m_importButton->setDefault(writes > 0);
}

void ImportPreviewDialog::applyShowFilter()
{
    const int action = m_show->currentData().toInt();
    m_proxy->setFilterRole(action == ImportPreviewModel::ChangedJobsFilter ? ImportPreviewModel::ChangedJobRole
                                                                           : ImportPreviewModel::ActionRole);
    m_proxy->setFilterFixedString(action < 0                                            ? QString()
                                      : action == ImportPreviewModel::ChangedJobsFilter ? QStringLiteral("true")
                                                                                        : QString::number(action));
}

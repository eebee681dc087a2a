#include "activityreportdialog.h"

#include "documentprinter.h"
#include "messages/myprofile.h"
#include "print/activityreportfile.h"
#include "savefiledialog.h"
#include "storage/interviewstore.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString LastDirectoryKey = QStringLiteral("activityReport/lastDirectory");

} // namespace

ActivityReportDialog::ActivityReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_name(MyProfile::load().name) // the dialog is modal: the profile does not change meanwhile
{
    setWindowTitle(tr("Activity Report"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("Last 4 weeks"), int(Period::LastFourWeeks));
    m_period->addItem(tr("Last 3 months"), int(Period::LastThreeMonths));
    m_period->addItem(tr("Last 12 months"), int(Period::LastTwelveMonths));
    m_period->addItem(tr("Other dates"), int(Period::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);

    auto *intro = new QLabel(tr("Every contact made, conversation held, follow-up and thank-you note sent in a "
                                "period, with the dates: a record to keep, or to hand in where proof of your search "
                                "is asked for."),
                             this);
    intro->setWordWrap(true);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&From:"), dates);
    static_cast<QLabel *>(form->labelForField(dates))->setBuddy(m_from);
    form->addRow(tr("It lists:"), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto addButton = [&](const QString &text, const QString &name, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, slot);
        m_outputs << button;
    };
    addButton(tr("Print Pre&view…"), QStringLiteral("previewReport"), [this] {
        const auto document = ActivityReportFile::document(m_report);
        DocumentPrinter::preview(*document, ActivityReportFile::pageLayout(), m_report.title(), this);
    });
    addButton(tr("P&rint…"), QStringLiteral("printReport"), [this] {
        const auto document = ActivityReportFile::document(m_report);
        DocumentPrinter::print(*document, ActivityReportFile::pageLayout(), tr("Print activity report"), this);
    });
    addButton(tr("Save as P&DF…"), QStringLiteral("savePdf"), [this] { save(QStringLiteral("pdf")); });
    addButton(tr("Save as &CSV…"), QStringLiteral("saveCsv"), [this] { save(QStringLiteral("csv")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivityReportDialog::periodChosen);
    // Changing a date by hand makes it a period of its own.
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_period->signalsBlocked() && Period(m_period->currentData().toInt()) != Period::Custom) {
                const QSignalBlocker blocker(m_period);
                m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
            }
            update();
        });
    }
    setPeriod(Period::ThisMonth);
    resize(640, sizeHint().height());
}

void ActivityReportDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChosen();
}

void ActivityReportDialog::setDates(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to); // each makes the period Custom
}

void ActivityReportDialog::periodChosen()
{
    const QDate today = m_workspace->clock().date();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to = today;
    switch (Period(m_period->currentData().toInt())) {
    case Period::ThisMonth:
        from = monthStart;
        break;
    case Period::LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case Period::LastFourWeeks:
        from = today.addDays(-27);
        break;
    case Period::LastThreeMonths:
        from = today.addMonths(-3).addDays(1);
        break;
    case Period::LastTwelveMonths:
        from = today.addYears(-1).addDays(1);
        break;
    case Period::Custom:
        update();
        return;
    }
    const QSignalBlocker blocker(m_period); // the dates follow the period, not the other way
    m_from->setDate(from);
    m_to->setDate(to);
    update();
}

void ActivityReportDialog::update()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const bool valid = from <= to;
    for (QPushButton *button : std::as_const(m_outputs))
        button->setEnabled(valid);
    if (!valid) {
        m_report = ActivityReport();
        m_summary->setText(tr("The period ends before it begins: choose a later end or an earlier start."));
        return;
    }
    m_report = ActivityReport::collect(*m_workspace->interviews, from, to, m_workspace->clock());
    m_report.name = m_name;
    m_summary->setText(m_report.summary());
}

ActivityReport ActivityReportDialog::report() const
{
    return m_report;
}

void ActivityReportDialog::save(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)");
    const QString path = SaveFileDialog::ask(this, tr("Save activity report"), LastDirectoryKey,
                                             m_report.suggestedFileName(suffix), filter, suffix);
    if (!path.isEmpty())
        saveTo(path);
}

bool ActivityReportDialog::saveTo(const QString &path)
{
    QString summary;
    QString error;
    if (!ActivityReportFile::write(m_report, path, &summary, &error)) {
        QMessageBox::warning(this, tr("Save activity report"), error);
        return false;
    }
    Q_EMIT statusMessage(summary);
    return true;
}

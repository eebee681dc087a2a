#include "progressview.h"

#include "hintlabel.h"
#include "itemviews.h"
#include "models/progressbreakdownmodel.h"
#include "workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// A figure: the number large, what it means below it.
QLabel *figureLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText); // only our own text and numbers, escaped
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setFigure(QLabel *label, const QString &value, const QString &caption, const QString &explanation)
{
    label->setText(QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span><br>%2")
                       .arg(value.toHtmlEscaped(), caption.toHtmlEscaped()));
    label->setToolTip(explanation);
    label->setAccessibleName(caption + QStringLiteral(": ") + value);
    label->setAccessibleDescription(explanation);
}

// A rate, or a dash when there is nothing to divide by.
QString rate(int part, int whole)
{
    return whole > 0 ? Progress::percent(double(part) / whole) : QStringLiteral("–");
}

} // namespace

ProgressView::ProgressView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("progressPage"));

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("progressRange"));
    for (Progress::Range range : Progress::ranges())
        m_range->addItem(Progress::rangeName(range), int(range));
    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_range);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);

    m_replyRate = figureLabel(QStringLiteral("replyRateFigure"), this);
    m_replyTime = figureLabel(QStringLiteral("replyTimeFigure"), this);
    m_toConversation = figureLabel(QStringLiteral("conversationRateFigure"), this);
    m_toReferral = figureLabel(QStringLiteral("referralRateFigure"), this);

    m_chart = new QChart();
    m_chart->setObjectName(QStringLiteral("progressChart"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // figures, not a show
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("progressChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus); // nothing to do there; its figures are in the summary
    m_chartView->setAccessibleName(tr("Each week's outreach, replies, conversations, thank-you notes and referrals"));

    m_breakdownBy = new QComboBox(this);
    m_breakdownBy->setObjectName(QStringLiteral("breakdownBy"));
    m_breakdownBy->addItem(tr("How you know them"));
    m_breakdownBy->addItem(tr("Organisation"));
    auto *breakdownLabel = new QLabel(tr("&Break down by:"), this);
    breakdownLabel->setBuddy(m_breakdownBy);
    m_breakdown = new ProgressBreakdownModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_breakdown);
    sorted->setSortRole(ProgressBreakdownModel::SortRole);
    sorted->setSortLocaleAware(true);
    m_breakdownTable = new QTableView(this);
    m_breakdownTable->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdownTable->setModel(sorted);
    m_breakdownTable->setAccessibleName(tr("Outreach of the period, broken down"));
    m_breakdownTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdownTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdownTable->setSortingEnabled(true);
    m_breakdownTable->sortByColumn(-1, Qt::AscendingOrder); // as computed: most reached first
    m_breakdownTable->verticalHeader()->hide();
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(ProgressBreakdownModel::NameColumn,
                                                               QHeaderView::Stretch);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(ProgressBreakdownModel::NameColumn,
                                                               QHeaderView::Stretch);
    ItemViews::setUpTable(m_breakdownTable);

    auto *note = new HintLabel(tr("Rates and the table follow the people first written to in the period, wherever "
                                  "that led since; the chart counts each week's dates."),
                               this);
    note->setObjectName(QStringLiteral("progressNote"));

    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addStretch(1);
    auto *figures = new QHBoxLayout;
    for (QLabel *figure : {m_replyRate, m_replyTime, m_toConversation, m_toReferral})
        figures->addWidget(figure, 1);
    auto *breakdownRow = new QHBoxLayout;
    breakdownRow->addWidget(breakdownLabel);
    breakdownRow->addWidget(m_breakdownBy);
    breakdownRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(figures);
    layout->addWidget(m_chartView, 3);
    layout->addLayout(breakdownRow);
    layout->addWidget(m_breakdownTable, 2);
    layout->addWidget(note);
    setTabOrder(m_range, m_breakdownBy);
    setTabOrder(m_breakdownBy, m_breakdownTable);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ProgressView::refresh);
    connect(m_breakdownBy, &QComboBox::currentIndexChanged, this, &ProgressView::showBreakdown);
    InterviewStore *store = m_workspace->interviews;
    connect(store, &InterviewStore::interviewInserted, this, &ProgressView::markStale);
    connect(store, &InterviewStore::interviewUpdated, this, &ProgressView::markStale);
    connect(store, &InterviewStore::interviewRemoved, this, &ProgressView::markStale);
    connect(store, &InterviewStore::referralsChanged, this, &ProgressView::markStale);
    applyColours();
}

Progress::Range ProgressView::range() const
{
    return Progress::Range(m_range->currentData().toInt());
}

void ProgressView::setRange(Progress::Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void ProgressView::markStale()
{
    if (m_stale)
        return;
    m_stale = true;
    // Shown: drawn again once the change (and any that come with it, as an import) is written.
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                refresh();
        });
}

void ProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A change while hidden, or a new day since it was drawn.
    if (m_stale || m_progress.to != m_workspace->clock().date())
        refresh();
}

void ProgressView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void ProgressView::refresh()
{
    m_stale = false;
    m_progress = Progress::compute(Progress::read(*m_workspace->interviews), range(), m_workspace->clock(),
                                   locale().firstDayOfWeek());
    showFigures();
    drawChart();
    showBreakdown();
}

void ProgressView::showFigures()
{
    const Progress &p = m_progress;
    m_summary->setText(p.summary(locale()));
    setFigure(m_replyRate, rate(p.overall.replied, p.overall.reachedOut), tr("replied"),
              tr("Of the %n people first written to in the period, how many answered", nullptr, p.overall.reachedOut));
    setFigure(m_replyTime, p.medianReplyDays ? Progress::days(*p.medianReplyDays, locale()) : QStringLiteral("–"),
              tr("median time to a reply"), tr("Half of the replies came sooner than this, half later"));
    setFigure(m_toConversation, rate(p.overall.conversations, p.overall.reachedOut), tr("outreach → conversation"),
              tr("Of those first written to in the period, how many you talked with"));
    setFigure(m_toReferral, rate(p.overall.withReferral, p.overall.conversations), tr("conversation → referral"),
              tr("Of those conversations, how many led to a referral"));
}

void ProgressView::showBreakdown()
{
    const bool byOrganisation = m_breakdownBy->currentIndex() == 1;
    m_breakdown->setGroups(byOrganisation ? m_progress.byOrganisation : m_progress.byRelationship,
                           byOrganisation ? tr("Organisation") : tr("How you know them"));
}

void ProgressView::drawChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    struct Bars {
        QString name;
        int ProgressWeek::*count;
    };
    const Bars kinds[] = {
        {tr("Reached out"), &ProgressWeek::outreach},        {tr("Replies"), &ProgressWeek::replies},
        {tr("Conversations"), &ProgressWeek::conversations}, {tr("Thank-you notes"), &ProgressWeek::thankYous},
        {tr("Referrals"), &ProgressWeek::referrals},
    };
    // Grouped bars: counts side by side, none hiding another. Beyond half a year, weeks would be
    // slivers: months instead.
    const bool byMonth = m_progress.weeks.size() > MaxWeeksShown;
    const QList<ProgressWeek> buckets = byMonth ? m_progress.months : m_progress.weeks;
    const bool years = buckets.constFirst().start.year() != buckets.constLast().start.year();
    QStringList categories;
    for (const ProgressWeek &bucket : buckets) {
        const QString format = byMonth ? QStringLiteral("MMM yyyy")
            : locale().dateFormat(QLocale::ShortFormat).startsWith(u'M')
            ? (years ? QStringLiteral("MMM d yy") : QStringLiteral("MMM d"))
            : (years ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
        categories << locale().toString(bucket.start, format);
    }
    auto *x = new QBarCategoryAxis;
    x->setObjectName(QStringLiteral("periodAxis"));
    x->append(categories);
    x->setTitleText(byMonth ? tr("Month") : tr("Week beginning"));
    auto *y = new QValueAxis;
    y->setObjectName(QStringLiteral("countAxis"));
    auto *series = new QBarSeries;
    int highest = 0;
    for (const Bars &kind : kinds) {
        auto *set = new QBarSet(kind.name);
        for (const ProgressWeek &bucket : buckets) {
            set->append(bucket.*kind.count);
            highest = std::max(highest, bucket.*kind.count);
        }
        series->append(set);
    }
    y->setRange(0, std::max(4, (highest + 3) / 4 * 4)); // whole numbers on the five ticks
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    m_chart->addSeries(series);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    applyColours();
    m_chartView->setToolTip(m_summary->text());
}

// The chart in the window's colours: light or dark with the palette, its text and lines from it.
void ProgressView::applyColours()
{
    const QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme) {
        m_chart->setTheme(theme); // resets the series' colours, the fonts and the background
        m_chart->setAnimationOptions(QChart::NoAnimation);
    }
    m_chart->setBackgroundBrush(colours.brush(QPalette::Window));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(colours.color(QPalette::WindowText));
    m_chart->legend()->setFont(font());
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(colours.color(QPalette::WindowText));
        axis->setTitleBrush(colours.brush(QPalette::WindowText));
        axis->setLabelsFont(font());
        QFont title = font();
        title.setBold(false);
        axis->setTitleFont(title);
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    m_chartView->setBackgroundBrush(colours.brush(QPalette::Window));
}

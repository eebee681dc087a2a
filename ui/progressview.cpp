#include "progressview.h"

#include "appearance.h"
#include "hintlabel.h"
#include "itemviews.h"
#include "models/progressbreakdownmodel.h"
#include "storage/contactstore.h"
#include "storage/organisationstore.h"
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
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    m_chart->setMargins(QMargins(4, 4, 4, 0));
    m_chart->setBackgroundRoundness(0);
    // Week labels turn upright when they no longer fit side by side (a narrow window, 13 weeks).
    connect(m_chart, &QChart::plotAreaChanged, this, &ProgressView::fitPeriodLabels);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("progressChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
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
    m_noOutreach = new HintLabel(tr("Nobody was first written to in this period: once you mark a first message as "
                                    "sent, this table shows who replied, by how you know them or by organisation."),
                                 this);
    m_noOutreach->setObjectName(QStringLiteral("noOutreachHint"));
    m_noOutreach->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *note = new HintLabel(tr("Rates and the table follow the people first written to in the period, wherever "
                                  "that led since; the chart counts each date in its week or month."),
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
    // The chart above, the table below, the line between them movable.
    auto *breakdown = new QWidget(this);
    auto *breakdownLayout = new QVBoxLayout(breakdown);
    breakdownLayout->setContentsMargins(0, 0, 0, 0);
    breakdownLayout->addLayout(breakdownRow);
    breakdownLayout->addWidget(m_breakdownTable, 1);
    breakdownLayout->addWidget(m_noOutreach, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("progressSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartView);
    splitter->addWidget(breakdown);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 200}); // as proportions until shown: the chart the larger part
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
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
    // The groups are named after the contacts' relationships and the organisations.
    connect(m_workspace->contacts, &ContactStore::contactsUpdated, this, &ProgressView::markStale);
    connect(m_workspace->contacts, &ContactStore::contactsRemoved, this, &ProgressView::markStale);
    connect(m_workspace->organisations, &OrganisationStore::organisationUpdated, this, &ProgressView::markStale);
    connect(m_workspace->organisations, &OrganisationStore::organisationRemoved, this, &ProgressView::markStale);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_stale = false; // markStale() reads again now when shown, later when not
        markStale();
    });
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
    // A new day may start a new week: read again at midnight if the page is still shown.
    const QDateTime now = m_workspace->clock();
    const qint64 untilMidnight = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0, 1)));
    m_midnight.start(int(std::clamp<qint64>(untilMidnight, 1000, 24 * 3600 * 1000)));
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
    setFigure(m_toReferral, rate(p.overall.conversationsWithReferral, p.overall.conversations),
              tr("conversation → referral"), tr("Of those conversations, how many led to a referral"));
}

void ProgressView::showBreakdown()
{
    const bool byOrganisation = m_breakdownBy->currentIndex() == 1;
    m_breakdown->setGroups(byOrganisation ? m_progress.byOrganisation : m_progress.byRelationship,
                           byOrganisation ? tr("Organisation") : tr("How you know them"));
    const bool none = m_breakdown->rowCount() == 0;
    m_breakdownTable->setVisible(!none);
    m_noOutreach->setVisible(none);
    m_breakdownTable->scrollToTop(); // a new period's list from its first row
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
    // Grouped bars: counts side by side, none hiding another. Beyond 13 weeks (three months), weeks
    // would be slivers: months instead.
    const bool byMonth = m_progress.weeks.size() > MaxWeeksShown;
    const QList<ProgressWeek> buckets = byMonth ? m_progress.months : m_progress.weeks;
    const bool years = buckets.constFirst().start.year() != buckets.constLast().start.year();
    // Two sets of labels: words ("14 Sept", "Sept 2026") where they fit, the locale's numbers
    // ("14/09", "09/26") where they do not; fitPeriodLabels() chooses.
    // The locale's short date taken apart ("dd/MM/yyyy", "M/d/yy", "yyyy-MM-dd"): its day, month
    // and year fields in their order, and the separator between them.
    const QString shortDate = locale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression fieldPattern(QStringLiteral("d+|M+|y+"));
    QStringList fields;
    for (const QRegularExpressionMatch &match : fieldPattern.globalMatch(shortDate))
        fields << match.captured();
    static const QRegularExpression separatorPattern(QStringLiteral("[dMy]+([^dMy]+)[dMy]"));
    const QRegularExpressionMatch separatorMatch = separatorPattern.match(shortDate);
    const QString separator = separatorMatch.hasMatch() ? separatorMatch.captured(1).trimmed() : QStringLiteral("/");
    const auto only = [&](QChar a, QChar b) {
        QStringList kept;
        for (const QString &field : std::as_const(fields)) {
            if (field.startsWith(a) || field.startsWith(b))
                kept << (field.startsWith(u'y') ? QStringLiteral("yy") : field);
        }
        return kept.join(separator.isEmpty() ? QStringLiteral("/") : separator);
    };
    const QString dayAndMonth = only(u'd', u'M'); // "dd/MM", "M/d", "MM-dd"
    const QString monthAndYear = only(u'M', u'y'); // "MM/yy", "M/yy", "yy-MM"
    const bool monthFirst = shortDate.indexOf(u'M') < shortDate.indexOf(u'd');
    m_longLabels.clear();
    m_shortLabels.clear();
    for (const ProgressWeek &bucket : buckets) {
        const QString format = byMonth ? QStringLiteral("MMM yyyy")
            : monthFirst               ? (years ? QStringLiteral("MMM d yy") : QStringLiteral("MMM d"))
                                       : (years ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
        m_longLabels << locale().toString(bucket.start, format);
        m_shortLabels << locale().toString(bucket.start, byMonth ? monthAndYear : dayAndMonth);
    }
    if (m_shortLabels.removeDuplicates() > 0) // never, but categories must differ
        m_shortLabels = m_longLabels;
    auto *x = new QBarCategoryAxis;
    x->setObjectName(QStringLiteral("periodAxis"));
    x->append(m_longLabels);
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
    fitPeriodLabels();
    m_chartView->setToolTip(m_summary->text());
    // The bars in words, for screen readers: each week (or month) with something in it.
    QStringList described;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QString counts = Progress::inWords(buckets.at(i));
        if (!counts.isEmpty())
            described << tr("%1: %2").arg(m_longLabels.value(i), counts);
    }
    m_chartView->setAccessibleDescription(described.isEmpty() ? tr("Nothing in this period.")
                                                              : described.join(tr("; ")) + tr("."));
}

void ProgressView::fitPeriodLabels()
{
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Horizontal);
    auto *periods = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    if (!periods || periods->count() == 0)
        return;
    // Qt Charts elides a label well before it touches the next one: room for three more characters.
    const QFontMetrics metrics(periods->labelsFont());
    const qreal room = m_chart->plotArea().width() / periods->count();
    const auto fits = [&](const QStringList &labels) {
        int widest = 0;
        for (const QString &label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        return room >= widest + metrics.averageCharWidth() * 3;
    };
    // Words, else numbers, else numbers upright.
    const bool words = fits(m_longLabels);
    const QStringList &labels = words ? m_longLabels : m_shortLabels;
    if (periods->categories() != labels)
        periods->setCategories(labels);
    const int angle = words || fits(m_shortLabels) ? 0 : -90;
    if (periods->labelsAngle() != angle)
        periods->setLabelsAngle(angle);
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
    // One colour per kind in both schemes (the charts' themes each have their own order), lighter
    // on a dark background; no outlines.
    static const QColor light[] = {QColor(0x1f, 0x6f, 0xb5), QColor(0x4e, 0x9a, 0x2a), QColor(0xd9, 0x7a, 0x00),
                                   QColor(0x7b, 0x52, 0xc4), QColor(0xc0, 0x3b, 0x3b)};
    static const QColor darkScheme[] = {QColor(0x62, 0xa8, 0xe8), QColor(0x86, 0xc9, 0x5a), QColor(0xf2, 0xa6, 0x3b),
                                        QColor(0xb0, 0x94, 0xf0), QColor(0xeb, 0x7a, 0x7a)};
    for (QAbstractSeries *series : m_chart->series()) {
        const QList<QBarSet *> sets = static_cast<QBarSeries *>(series)->barSets();
        for (qsizetype i = 0; i < sets.size() && i < qsizetype(std::size(light)); ++i) {
            sets.at(i)->setColor(dark ? darkScheme[i] : light[i]);
            sets.at(i)->setBorderColor(Qt::transparent);
            sets.at(i)->setPen(Qt::NoPen);
        }
    }
    // Grid lines a quarter of the way from the background to the text: seen, never loud.
    const QColor grid = Appearance::mixed(colours.color(QPalette::Window), colours.color(QPalette::WindowText), 0.25);
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
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_chartView->setBackgroundBrush(colours.brush(QPalette::Window));
}

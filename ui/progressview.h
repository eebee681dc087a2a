#pragma once

#include "workflow/progress.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class ProgressBreakdownModel;
struct Workspace;

// The Progress page: how the search is going, from what the interviews record. A summary line,
// four figures (reply rate, median reply time, the two conversions), the weeks as a chart (Qt
// Charts, in the window's colours) and a table by how you know them or by organisation. The
// figures come from Progress (core); the page reads them again when it is shown after a change.
class ProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressView(Workspace *workspace, QWidget *parent = nullptr);

    const Progress &progress() const { return m_progress; }
    Progress::Range range() const;
    void setRange(Progress::Range range);
    QChart *chart() const { return m_chart; }
    // Longer periods are drawn by month.
    static constexpr int MaxWeeksShown = 13;
    // Reads the interviews and draws the figures now (the page does it when shown after a change).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markStale();
    void showFigures();
    void showBreakdown();
    void drawChart();
    void applyColours();
    void fitPeriodLabels();

    Workspace *m_workspace;
    Progress m_progress;
    bool m_stale = true;
    QTimer m_midnight; // the figures again when a new day begins
    QComboBox *m_range;
    QLabel *m_summary;
    QLabel *m_replyRate;
    QLabel *m_replyTime;
    QLabel *m_toConversation;
    QLabel *m_toReferral;
    QChart *m_chart;
    QChartView *m_chartView;
    QComboBox *m_breakdownBy;
    ProgressBreakdownModel *m_breakdown;
    QTableView *m_breakdownTable;
    QLabel *m_noOutreach;
    QStringList m_longLabels; // the chart's periods in words
    QStringList m_shortLabels; // and in numbers, for a narrow chart
};

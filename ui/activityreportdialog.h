#pragma once

#include "documents/activityreport.h"

#include <QDialog>

struct Workspace;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

// File › Activity Report…: a period (this month, last month, … or any two dates), what it
// holds in a sentence, and the report printed, previewed, or saved as PDF or CSV, as
// `coffeechat report` writes it (ActivityReportFile).
class ActivityReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Period { ThisMonth, LastMonth, LastFourWeeks, LastThreeMonths, LastTwelveMonths, Custom };

    explicit ActivityReportDialog(Workspace *workspace, QWidget *parent = nullptr);

    void setPeriod(Period period);
    void setDates(QDate from, QDate to); // a custom period
    // The report of the period shown, as it would be printed or saved.
    ActivityReport report() const;

    bool saveTo(const QString &path); // false, with a message shown, when it cannot be written

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void periodChosen();
    void update();
    void save(const QString &suffix);

    Workspace *m_workspace;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QList<QPushButton *> m_outputs; // disabled while the dates are the wrong way round
    QString m_name; // the user's, at the top of the report
    ActivityReport m_report;
};

#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QPushButton;

// A date that may be "not set": a check box enables the editor. "Today" fills it in one click,
// since most of these dates are recorded on the day things happen.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(const QString &label, QWidget *parent = nullptr);
    QDate date() const;
    void setDate(const QDate &date);
    void setToday(const QDate &today) { m_today = today; }
    // Names the parts after what the date is of ("Outreach"), for screen readers: "Outreach:
    // Sent", "Outreach, date", "Outreach: today". The row's label reaches the check box.
    void describeAs(const QString &what);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_set;
    QDateEdit *m_edit;
    QPushButton *m_todayButton;
    QDate m_today = QDate::currentDate();
};

// The same for a date and time, in local time.
class DateTimeField : public QWidget
{
    Q_OBJECT
public:
    explicit DateTimeField(const QString &label, QWidget *parent = nullptr);
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &dateTime);
    void describeAs(const QString &what);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_set;
    QDateTimeEdit *m_edit;
};

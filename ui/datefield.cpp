#include "datefield.h"
#include "domain/timetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace {

// Dates are typed as they are written, "07/12/2026" or "7/3/2026 9:05". A date editor moves on
// by itself once a part is complete ("07", or a "7" no digit could follow), and then takes the
// separator the person types next as "move on" once more, skipping a part: the month is lost.
// This filter drops a separator typed straight after such a move.
class SeparatorAfterAdvance : public QObject
{
public:
    explicit SeparatorAfterAdvance(QDateTimeEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        // Whether the digit typed last made the editor move on is seen now, after it handled it.
        const bool advanced = m_afterDigit && m_edit->currentSectionIndex() != m_sectionBeforeDigit;
        m_afterDigit = false;
        const QString text = static_cast<QKeyEvent *>(event)->text();
        if (text.size() != 1)
            return false;
        const QChar c = text.front();
        if (c.isDigit()) {
            m_afterDigit = true;
            m_sectionBeforeDigit = m_edit->currentSectionIndex();
            return false;
        }
        return advanced && c.isPrint() && !c.isLetterOrNumber(); // the separator: already there
    }

private:
    QDateTimeEdit *m_edit;
    bool m_afterDigit = false;
    int m_sectionBeforeDigit = -1;
};

} // namespace

DateField::DateField(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(label, this))
    , m_edit(new QDateEdit(this))
    , m_todayButton(new QPushButton(tr("Today"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit);
    layout->addWidget(m_todayButton);
    layout->addStretch();
    m_set->setObjectName(QStringLiteral("set"));
    m_edit->setObjectName(QStringLiteral("date"));
    m_todayButton->setObjectName(QStringLiteral("today"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    new SeparatorAfterAdvance(m_edit);
    m_edit->setEnabled(false);
    m_edit->setDate(m_today);
    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &DateField::changed);
    connect(m_todayButton, &QPushButton::clicked, this, [this] { setDate(m_today); });
    setFocusProxy(m_set);
    // A label's mnemonic focuses its buddy only when the buddy takes focus: this one passes it on.
    setFocusPolicy(m_set->focusPolicy());
}

void DateField::describeAs(const QString &what)
{
    m_set->setAccessibleName(tr("%1: %2").arg(what, m_set->text()));
    m_edit->setAccessibleName(tr("%1, date").arg(what));
    m_todayButton->setAccessibleName(tr("%1: today").arg(what));
}

QDate DateField::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void DateField::setDate(const QDate &date)
{
    m_set->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_today);
}

DateTimeField::DateTimeField(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(label, this))
    , m_edit(new QDateTimeEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit);
    layout->addStretch();
    m_set->setObjectName(QStringLiteral("set"));
    m_edit->setObjectName(QStringLiteral("dateTime"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(TimeText::dateTimeFormat());
    new SeparatorAfterAdvance(m_edit);
    m_edit->setEnabled(false);
    // A sensible default when it is switched on: tomorrow at ten.
    m_edit->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeField::changed);
    setFocusProxy(m_set);
    // A label's mnemonic focuses its buddy only when the buddy takes focus: this one passes it on.
    setFocusPolicy(m_set->focusPolicy());
}

void DateTimeField::describeAs(const QString &what)
{
    m_set->setAccessibleName(tr("%1: %2").arg(what, m_set->text()));
    m_edit->setAccessibleName(tr("%1, date and time").arg(what));
}

QDateTime DateTimeField::dateTime() const
{
    return m_set->isChecked() ? m_edit->dateTime() : QDateTime();
}

void DateTimeField::setDateTime(const QDateTime &dateTime)
{
    m_set->setChecked(dateTime.isValid());
    if (dateTime.isValid())
        m_edit->setDateTime(dateTime.toLocalTime());
}

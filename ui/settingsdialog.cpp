#include "settingsdialog.h"

#include "dialogkeys.h"
#include "hintlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// A unit that agrees with the number ("1 day", "2 days"): the translated "%n day(s)" with the
// number taken out, updated as the value changes.
void setPluralSuffix(QSpinBox *box, const char *unit)
{
    const auto update = [box, unit](int value) {
        QString text = SettingsDialog::tr(unit, nullptr, value);
        box->setSuffix(text.remove(QLocale().toString(value)).remove(QString::number(value)));
    };
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
    update(box->value());
}

QLabel *hint(const QString &text, QWidget *parent)
{
    return new HintLabel(text, parent);
}

} // namespace

SettingsDialog::SettingsDialog(const MyProfile &profile, const InterviewDefaults &defaults,
                               const ReminderSettings &reminders, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Coffee Chat"));

    m_pages = new QTabWidget(this);
    DialogKeys::switchTabsWithPageKeys(m_pages);
    m_pages->addTab(createProfilePage(profile), tr("My &Profile"));
    m_pages->addTab(createInterviewsPage(defaults), tr("&Interviews"));
    m_pages->addTab(createRemindersPage(reminders), tr("&Reminders"));
    m_pages->addTab(createAppearancePage(), tr("&Appearance"));

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(560, 460);
    // The keyboard starts in the first field (your name), not on the tabs.
    DialogKeys::focusFirstField(m_pages->currentWidget());
}

QWidget *SettingsDialog::createProfilePage(const MyProfile &profile)
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(profile.name, page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_email = new QLineEdit(profile.email, page);
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_signature = new QPlainTextEdit(page);
    m_signature->setObjectName(QStringLiteral("profileSignature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlainText(profile.signature);
    m_signature->setPlaceholderText(tr("e.g. your name, and a line on what you are exploring"));

    m_exploring = new QLineEdit(MyProfile::joinRoles(profile.exploring), page);
    m_exploring->setObjectName(QStringLiteral("profileExploring"));
    m_exploring->setPlaceholderText(tr("e.g. product management, UX design"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(tr("E&xploring:"), m_exploring);
    form->addRow(QString(),
                 hint(tr("The roles or fields you are curious about, separated by commas: at a "
                         "target employer, people who work in them are suggested first."),
                      page));
    form->addRow(QString(),
                 hint(tr("Messages you write fill in {{my.name}}, {{my.email}} and {{my.signature}} from "
                         "here. Without a signature, your name signs them."),
                      page));
    return page;
}

QWidget *SettingsDialog::createInterviewsPage(const InterviewDefaults &defaults)
{
    auto *page = new QWidget(this);
    m_length = spinBox(QStringLiteral("defaultLength"), InterviewDefaults::MinimumLength,
                       InterviewDefaults::MaximumLength, tr(" min"), page);
    m_length->setSingleStep(5);
    m_length->setValue(defaults.lengthMinutes);
    m_agenda = new QPlainTextEdit(page);
    m_agenda->setObjectName(QStringLiteral("defaultAgenda"));
    m_agenda->setTabChangesFocus(true);
    m_agenda->setPlainText(defaults.agenda);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Agreed &length:"), m_length);
    form->addRow(QString(), hint(tr("Ask for 15–30 minutes: short enough to say yes to, long enough to learn."), page));
    form->addRow(tr("A&genda:"), m_agenda);
    form->addRow(QString(),
                 hint(tr("New interviews start with this length and agenda; each interview can change "
                         "its own."),
                      page));
    return page;
}

QWidget *SettingsDialog::createRemindersPage(const ReminderSettings &reminders)
{
    auto *page = new QWidget(this);
    m_thankYou = spinBox(QStringLiteral("thankYouWithinDays"), 1, 14, QString(), page);
    m_thankYou->setValue(reminders.thankYouWithinDays);
    m_secondPerson = spinBox(QStringLiteral("secondPersonAfterBusinessDays"), 1, 30, QString(), page);
    m_secondPerson->setValue(reminders.secondPersonAfterBusinessDays);
    m_followUp = spinBox(QStringLiteral("followUpAfterBusinessDays"), 1, 60, QString(), page);
    m_followUp->setValue(reminders.followUpAfterBusinessDays);
    m_firstTouchBase = spinBox(QStringLiteral("firstTouchBaseAfterDays"), 1, 180, QString(), page);
    m_firstTouchBase->setValue(reminders.firstTouchBaseAfterDays);
    m_touchBaseEvery = spinBox(QStringLiteral("touchBaseEveryMonths"), 1, 12, QString(), page);
    m_touchBaseEvery->setValue(reminders.touchBaseEveryMonths);
    m_upcoming = spinBox(QStringLiteral("upcomingWithinDays"), 1, 60, QString(), page);
    m_upcoming->setValue(reminders.upcomingWithinDays);
    m_notifications = new QCheckBox(tr("Show a desktop &notification when something falls due"), page);
    m_notifications->setObjectName(QStringLiteral("desktopNotifications"));
    m_notifications->setChecked(reminders.desktopNotifications);

    for (QSpinBox *box : {m_thankYou, m_firstTouchBase, m_upcoming})
        setPluralSuffix(box, QT_TR_N_NOOP("%n day(s)"));
    for (QSpinBox *box : {m_secondPerson, m_followUp})
        setPluralSuffix(box, QT_TR_N_NOOP("%n working day(s)"));
    setPluralSuffix(m_touchBaseEvery, QT_TR_N_NOOP("%n month(s)"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("Send the &thank-you note within:"), m_thankYou);
    form->addRow(tr("No reply: try a &second person after:"), m_secondPerson);
    form->addRow(tr("No reply: &follow up once after:"), m_followUp);
    form->addRow(tr("First touch-&base after the thank-you:"), m_firstTouchBase);
    form->addRow(tr("Then touch base &every:"), m_touchBaseEvery);
    form->addRow(tr("List conversations &coming up within:"), m_upcoming);
    form->addRow(QString(),
                 hint(tr("Working days are Monday to Friday. The Today page and the calendar export "
                         "follow these at once."),
                      page));
    form->addRow(QString(), m_notifications);
    form->addRow(QString(),
                 hint(tr("While Coffee Chat runs: each task on its due day, each conversation a quarter of "
                         "an hour before it starts. Clicking one opens the interview."),
                      page));
    return page;
}

MyProfile SettingsDialog::profile() const
{
    MyProfile p;
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.signature = m_signature->toPlainText().trimmed();
    p.exploring = MyProfile::splitRoles(m_exploring->text());
    return p;
}

InterviewDefaults SettingsDialog::interviewDefaults() const
{
    InterviewDefaults defaults;
    defaults.lengthMinutes = m_length->value();
    defaults.agenda =
        m_agenda->toPlainText().trimmed().isEmpty() ? InterviewDefaults::standardAgenda() : m_agenda->toPlainText();
    return defaults;
}

ReminderSettings SettingsDialog::reminderSettings() const
{
    ReminderSettings r;
    r.thankYouWithinDays = m_thankYou->value();
    r.secondPersonAfterBusinessDays = m_secondPerson->value();
    r.followUpAfterBusinessDays = m_followUp->value();
    r.firstTouchBaseAfterDays = m_firstTouchBase->value();
    r.touchBaseEveryMonths = m_touchBaseEvery->value();
    r.upcomingWithinDays = m_upcoming->value();
    r.desktopNotifications = m_notifications->isChecked();
    return r;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    m_scheme = new QButtonGroup(page);
    auto *layout = new QVBoxLayout(page);
    const QList<std::pair<Appearance::Scheme, QString>> choices = {
        {Appearance::Scheme::System, tr("&Follow the system")},
        {Appearance::Scheme::Light, tr("Li&ght")},
        {Appearance::Scheme::Dark, tr("Dar&k")},
    };
    for (const auto &[scheme, text] : choices) {
        auto *button = new QRadioButton(text, page);
        button->setObjectName(QStringLiteral("colorScheme%1").arg(int(scheme)));
        m_scheme->addButton(button, int(scheme));
        layout->addWidget(button);
    }
    layout->addWidget(hint(tr("Applies to every window as soon as you press OK."), page));
    layout->addStretch(1);
    setColorScheme(Appearance::Scheme::System);
    return page;
}

Appearance::Scheme SettingsDialog::colorScheme() const
{
    return Appearance::Scheme(std::max(0, m_scheme->checkedId()));
}

void SettingsDialog::setColorScheme(Appearance::Scheme scheme)
{
    if (QAbstractButton *button = m_scheme->button(int(scheme)))
        button->setChecked(true);
}

void SettingsDialog::restoreDefaults()
{
    // Only the page on show, as KDE's settings dialogs do. The profile has no defaults.
    if (m_pages->currentIndex() == 0)
        return;
    if (m_pages->currentIndex() == 3) {
        setColorScheme(Appearance::Scheme::System);
        return;
    }
    if (m_pages->currentIndex() == 1) {
        const InterviewDefaults defaults;
        m_length->setValue(defaults.lengthMinutes);
        m_agenda->setPlainText(defaults.agenda);
        return;
    }
    const ReminderSettings defaults;
    m_thankYou->setValue(defaults.thankYouWithinDays);
    m_secondPerson->setValue(defaults.secondPersonAfterBusinessDays);
    m_followUp->setValue(defaults.followUpAfterBusinessDays);
    m_firstTouchBase->setValue(defaults.firstTouchBaseAfterDays);
    m_touchBaseEvery->setValue(defaults.touchBaseEveryMonths);
    m_upcoming->setValue(defaults.upcomingWithinDays);
    m_notifications->setChecked(defaults.desktopNotifications);
}

#include "contactdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

ContactDialog::ContactDialog(const Contact &contact, const QList<QPair<qint64, QString>> &referrers, QWidget *parent)
    : QDialog(parent)
    , m_original(contact)
{
    setWindowTitle(contact.id ? tr("Edit contact") : tr("New contact"));
    setObjectName(QStringLiteral("contactDialog"));

    auto lineEdit = [this](const QString &name, const QString &value, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_firstName = lineEdit(QStringLiteral("firstName"), contact.firstName);
    m_lastName = lineEdit(QStringLiteral("lastName"), contact.lastName);
    m_email = lineEdit(QStringLiteral("email"), contact.email, tr("name@example.com"));
    m_phone = lineEdit(QStringLiteral("phone"), contact.phone);
    m_linkedIn = lineEdit(QStringLiteral("linkedIn"), contact.linkedInUrl, tr("https://www.linkedin.com/in/…"));
    m_company = lineEdit(QStringLiteral("company"), contact.company);
    m_position = lineEdit(QStringLiteral("position"), contact.position);
    m_tags = lineEdit(QStringLiteral("tags"), contact.tags.join(QStringLiteral(", ")),
                      tr("Comma-separated, e.g. design, Berlin"));

    m_hasConnectedOn = new QCheckBox(tr("Known"), this);
    m_hasConnectedOn->setObjectName(QStringLiteral("hasConnectedOn"));
    m_connectedOn = new QDateEdit(contact.connectedOn.isValid() ? contact.connectedOn : QDate::currentDate(), this);
    m_connectedOn->setObjectName(QStringLiteral("connectedOn"));
    m_connectedOn->setCalendarPopup(true);
    m_hasConnectedOn->setChecked(contact.connectedOn.isValid());
    m_connectedOn->setEnabled(contact.connectedOn.isValid());
    connect(m_hasConnectedOn, &QCheckBox::toggled, m_connectedOn, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasConnectedOn);
    dateRow->addWidget(m_connectedOn, 1);

    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationship"));
    for (Relationship r : RelationshipNames::all())
        m_relationship->addItem(RelationshipNames::displayName(r), int(r));
    m_relationship->setCurrentIndex(m_relationship->findData(int(contact.relationship)));

    m_referredBy = new QComboBox(this);
    m_referredBy->setObjectName(QStringLiteral("referredBy"));
    m_referredBy->addItem(tr("Nobody"), qint64(0));
    for (const auto &[id, name] : referrers) {
        if (id != contact.id)
            m_referredBy->addItem(name, id);
    }
    m_referredBy->setCurrentIndex(std::max(0, m_referredBy->findData(contact.referredById)));

    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("How you met, what they work on, what to ask them…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Link&edIn:"), m_linkedIn);
    form->addRow(tr("How we &know each other:"), m_relationship);
    form->addRow(tr("&Referred by:"), m_referredBy);
    form->addRow(tr("Connected on:"), dateRow);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_firstName, &QLineEdit::textChanged, this, &ContactDialog::updateOkButton);
    connect(m_lastName, &QLineEdit::textChanged, this, &ContactDialog::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOkButton();
    resize(520, sizeHint().height());
    m_unchanged = this->contact(); // the parameter "contact" hides the member function
}

void ContactDialog::accept()
{
    QString error;
    if (m_save && !m_save(contact(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return; // still open, with everything as typed
    }
    QDialog::accept();
}

void ContactDialog::reject()
{
    if (hasChanges()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  m_original.id ? tr("Discard your changes to this contact?")
                                                                : tr("Discard this new contact?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ContactDialog::updateOkButton()
{
    // A contact needs at least some name to be findable again.
    const bool named = !m_firstName->text().trimmed().isEmpty() || !m_lastName->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(named);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(named ? QString() : tr("Enter a first or last name."));
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.linkedInUrl = m_linkedIn->text().trimmed();
    c.company = m_company->text().trimmed();
    c.position = m_position->text().trimmed();
    c.connectedOn = m_hasConnectedOn->isChecked() ? m_connectedOn->date() : QDate();
    c.relationship = static_cast<Relationship>(m_relationship->currentData().toInt());
    c.referredById = m_referredBy->currentData().toLongLong();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    }
    c.notes = m_notes->toPlainText();
    if (c.source.isEmpty())
        c.source = QStringLiteral("Manual");
    return c;
}

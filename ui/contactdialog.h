#pragma once

#include "domain/contact.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Add or edit one contact. Returns the edited copy; saving is the caller's job (through the
// undo commands, given as setSave()), so the dialog never touches storage. When saving fails
// (a read-only or full disk) the dialog says why and stays open with everything typed, and
// closing it with changes asks before they are discarded.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // referrers: people who can be chosen as "referred by" (id → display name).
    explicit ContactDialog(const Contact &contact, const QList<QPair<qint64, QString>> &referrers,
                           QWidget *parent = nullptr);

    Contact contact() const;

    // Called on Save with the edited contact; true when it was saved, else false with a message.
    // Without one, Save just accepts and the caller reads contact().
    using Save = std::function<bool(const Contact &contact, QString *error)>;
    void setSave(Save save) { m_save = std::move(save); }
    // Whether the fields differ from the contact the dialog was opened with.
    bool hasChanges() const { return contact() != m_unchanged; }

    void accept() override;
    void reject() override;

private:
    void updateOkButton();

    Contact m_original;
    Contact m_unchanged; // what the form gives before any change (it tidies some fields)
    Save m_save;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_linkedIn;
    QLineEdit *m_company;
    QLineEdit *m_position;
    QCheckBox *m_hasConnectedOn;
    QDateEdit *m_connectedOn;
    QComboBox *m_relationship;
    QComboBox *m_referredBy;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

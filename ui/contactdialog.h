#pragma once

#include "domain/contact.h"
#include "domain/interview.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class ContactStore;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QPlainTextEdit;
class QUndoStack;

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

    // Asks for a new contact, starting from `contact`, and adds it as one undoable step (through
    // ContactCommands): its id, or 0 when cancelled.
    static qint64 addNew(QUndoStack *stack, ContactStore *store, const Contact &contact,
                         const QList<QPair<qint64, QString>> &referrers, QWidget *parent);

    // Called on Save with the edited contact; true when it was saved, else false with a message.
    // Without one, Save just accepts and the caller reads contact().
    using Save = std::function<bool(const Contact &contact, QString *error)>;
    void setSave(Save save) { m_save = std::move(save); }
    // Whether the fields differ from the contact the dialog was opened with.
    bool hasChanges() const { return contact() != m_unchanged; }

    // What the person has to do with the user's interviews, shown under the form of a contact
    // that exists: choosing one closes the dialog (asking first about unsaved changes) and
    // asks for it to be opened.
    struct Link {
        enum Kind { Interview, Contact };
        Kind kind = Interview;
        qint64 id = 0;
        Step step = Step::Research; // of an interview: the tab it opens at
        QString text;
    };
    void setHistory(const QList<Link> &interviews, const QList<Link> &referrals);
    // The jobs the person had before (an import noticed they moved), the latest first: shown
    // under their position.
    void setPastJobs(const QList<PastJob> &jobs);
    // How quickly they answered the user's outreach ("Quick to answer"); empty: not known.
    void setAnswering(const QString &text);

    // The LinkedIn field as an address the browser can open; empty when it is not one.
    QUrl linkedInProfile() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void openRequested(const ContactDialog::Link &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Saves (through setSave()'s function) and closes; on a refusal says why, stays open with
    // everything as typed and returns false.
    bool saveAndAccept();
    void updateOkButton();
    void openLink(QListWidgetItem *item);

    Contact m_original;
    Contact m_unchanged; // what the form gives before any change (it tidies some fields)
    Save m_save;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_linkedIn;
    QPushButton *m_openProfile;
    QLineEdit *m_company;
    QLineEdit *m_position;
    QCheckBox *m_hasConnectedOn;
    QDateEdit *m_connectedOn;
    QComboBox *m_relationship;
    QComboBox *m_referredBy;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QWidget *m_history;
    QListWidget *m_interviews;
    QListWidget *m_referrals;
    QLabel *m_noHistory;
    QLabel *m_pastJobs = nullptr;
    QLabel *m_pastJobsLabel = nullptr;
    QLabel *m_answering = nullptr;
    QLabel *m_answeringLabel = nullptr;
    QList<Link> m_links; // what the lists' items stand for, by the index in their data
    QDialogButtonBox *m_buttons;
};

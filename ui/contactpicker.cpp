#include "contactpicker.h"

#include "models/contactlistmodel.h"

#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

ContactPicker::ContactPicker(ContactListModel *contacts, QWidget *parent)
    : QComboBox(parent)
    , m_contacts(contacts)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(contacts);
    setModelColumn(ContactListModel::NameColumn);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    if (auto *list = qobject_cast<QListView *>(view()))
        list->setUniformItemSizes(true);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Type a name…"));
    setCurrentIndex(-1);
    connect(this, &QComboBox::currentIndexChanged, this, &ContactPicker::contactChanged);
    connect(this, &QComboBox::editTextChanged, this, &ContactPicker::contactChanged);
}

qint64 ContactPicker::contactId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int row = currentIndex();
    if (row >= 0 && itemText(row) == text)
        return m_contacts->contactId(row);
    const int found = findText(text, Qt::MatchFixedString);
    return found >= 0 ? m_contacts->contactId(found) : 0;
}

void ContactPicker::setContactId(qint64 id)
{
    const int row = id > 0 ? m_contacts->rowOf(id) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
}

qint64 ContactPicker::choose(ContactListModel *contacts, const QString &title, const QString &prompt,
                             const QString &objectName, QWidget *parent)
{
    QDialog picker(parent);
    picker.setObjectName(objectName);
    picker.setWindowTitle(title);
    auto *combo = new ContactPicker(contacts, &picker);
    combo->setObjectName(objectName + QStringLiteral("Combo"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &picker);
    connect(buttons, &QDialogButtonBox::accepted, &picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &picker, &QDialog::reject);
    auto *layout = new QVBoxLayout(&picker);
    layout->addWidget(new QLabel(prompt, &picker));
    layout->addWidget(combo);
    layout->addWidget(buttons);
    return picker.exec() == QDialog::Accepted ? combo->contactId() : 0;
}

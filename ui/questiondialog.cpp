#include "questiondialog.h"

#include "hintlabel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textArea(const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 16);
    return edit;
}

} // namespace

QuestionDialog::QuestionDialog(const Question &question, const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
{
    setWindowTitle(question.id ? tr("Edit Question") : tr("New Question"));
    setObjectName(QStringLiteral("questionDialog"));

    m_text = textArea(tr("An open question, e.g. “What does a good week look like for you?”"), 3, this);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setPlainText(question.text);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("questionCategory"));
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(question.category);
    m_category->lineEdit()->setPlaceholderText(tr("e.g. Career path"));

    m_tiara = new QComboBox(this);
    m_tiara->setObjectName(QStringLiteral("questionTiara"));
    for (Tiara tiara : TiaraNames::all()) {
        const QString label = tiara == Tiara::None
            ? TiaraNames::displayName(tiara)
            : tr("%1 — %2").arg(TiaraNames::displayName(tiara), TiaraNames::description(tiara));
        m_tiara->addItem(label, int(tiara));
    }
    m_tiara->setCurrentIndex(m_tiara->findData(int(question.tiara)));

    m_notes = textArea(tr("When to ask it, what to listen for"), 3, this);
    m_notes->setObjectName(QStringLiteral("questionNotes"));
    m_notes->setPlainText(question.notes);

    m_favourite = new QCheckBox(tr("&Favourite"), this);
    m_favourite->setObjectName(QStringLiteral("questionFavourite"));
    m_favourite->setChecked(question.favourite);

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&TIARA:"), m_tiara);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_favourite);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionDialog::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (question.usageCount > 0) {
        auto *usage =
            new HintLabel(tr("Interview plans that already use this question keep the wording they have."), this);
        layout->addWidget(usage);
    }
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    updateOkButton();
}

Question QuestionDialog::question() const
{
    Question q = m_question;
    q.text = m_text->toPlainText().simplified();
    q.category = m_category->currentText().simplified();
    q.tiara = Tiara(m_tiara->currentData().toInt());
    q.notes = m_notes->toPlainText().trimmed();
    q.favourite = m_favourite->isChecked();
    return q;
}

void QuestionDialog::updateOkButton()
{
    m_ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

#include "templatedialog.h"

#include "hintlabel.h"
#include "messagehighlighter.h"
#include "messages/messagevalues.h"
#include "messages/templaterenderer.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

TemplateDialog::TemplateDialog(Workspace *workspace, const MessageTemplate &messageTemplate, QWidget *parent)
    : QDialog(parent)
    , m_template(messageTemplate)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(messageTemplate.id ? tr("Edit Template") : tr("New Template"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (MessageKind kind : MessageKindNames::all())
        m_kind->addItem(MessageKindNames::displayName(kind), MessageKindNames::key(kind));
    m_kind->setCurrentIndex(m_kind->findData(MessageKindNames::key(messageTemplate.kind)));
    m_name = new QLineEdit(messageTemplate.name, this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. Thank-you note, short"));
    m_subject = new QLineEdit(messageTemplate.subject, this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(messageTemplate.body);
    new MessageHighlighter(workspace->syntaxRepository(), m_body);

    auto *insert = new QToolButton(this);
    insert->setText(tr("Insert Field"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(insert);
    for (const QString &name : TemplateRenderer::knownPlaceholders()) {
        menu->addAction(tr("%1 — %2").arg(TemplateRenderer::description(name), name), this, [this, name] {
            m_body->insertPlainText(QStringLiteral("{{%1}}").arg(name));
            m_body->setFocus();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Something to write in each message — [[…]]"), this, [this] {
        m_body->insertPlainText(tr("[[what to write here]]"));
        m_body->setFocus();
    });
    insert->setMenu(menu);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Message:"), m_body);
    auto *syntax = new HintLabel(tr("Markdown. {{contact.first_name}} and the other fields fill themselves in; "
                                    "[[a slot]] is something to write in each message."),
                                 this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(insert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateDialog::updateState);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(syntax);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 520);
    updateState();
}

MessageTemplate TemplateDialog::messageTemplate() const
{
    MessageTemplate t = m_template;
    t.kind = MessageKindNames::fromKey(m_kind->currentData().toString()).value_or(MessageKind::Outreach);
    t.name = m_name->text().simplified();
    t.subject = m_subject->text().simplified();
    t.body = m_body->toPlainText().trimmed();
    return t;
}

void TemplateDialog::updateState()
{
    // Rendered without data, only the fields' spelling matters here.
    const MessageValues none;
    const QStringList unknown = TemplateRenderer::render(m_subject->text(), none).unknownPlaceholders
        + TemplateRenderer::render(m_body->toPlainText(), none).unknownPlaceholders;
    m_problems->setText(unknown.isEmpty()
                            ? QString()
                            : tr("Coffee Chat does not know these fields: %1").arg(unknown.join(QStringLiteral(", "))));
    m_problems->setVisible(!unknown.isEmpty());
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty());
}

#include "composerdialog.h"

#include "composerwidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

ComposerDialog::ComposerDialog(Workspace *workspace, qint64 interviewId, QWidget *parent)
    : QDialog(parent)
    , m_composer(new ComposerWidget(workspace, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("composerDialog"));
    setWindowTitle(tr("Write a Message"));
    m_composer->setInterview(interviewId);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    connect(m_composer, &ComposerWidget::statusMessage, m_status, &QLabel::setText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_composer, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 680);
}

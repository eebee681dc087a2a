#include "organisationsview.h"

#include "commands/interviewcommands.h"
#include "itemviews.h"
#include "models/organisationlistmodel.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OrganisationsView::OrganisationsView(Workspace *workspace, OrganisationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("organisationsView"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Organisation…"), left);
    add->setObjectName(QStringLiteral("newOrganisationButton"));
    connect(add, &QPushButton::clicked, this, &OrganisationsView::newOrganisation);
    m_table = new QTableView(left);
    ItemViews::setUpTable(m_table);
    m_table->setObjectName(QStringLiteral("organisationTable"));
    m_table->setAccessibleName(tr("Organisations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrganisationListModel::NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // Organisations that look like one employer written two ways: suggested for merging.
    m_duplicates = new QWidget(left);
    m_duplicates->setObjectName(QStringLiteral("duplicateSuggestion"));
    m_duplicatesText = new QLabel(m_duplicates);
    m_duplicatesText->setObjectName(QStringLiteral("duplicateText"));
    m_duplicatesText->setTextFormat(Qt::PlainText);
    m_duplicatesText->setWordWrap(true);
    m_duplicatesText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *merge = new QPushButton(tr("&Merge…"), m_duplicates);
    merge->setObjectName(QStringLiteral("mergeButton"));
    connect(merge, &QPushButton::clicked, this, &OrganisationsView::mergeSuggested);
    auto *duplicatesLayout = new QHBoxLayout(m_duplicates);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(m_duplicatesText, 1);
    duplicatesLayout->addWidget(merge);
    leftLayout->addWidget(add, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_duplicates);
    leftLayout->addWidget(m_table, 1);

    m_details = new QWidget(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_details);
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_website = new QLineEdit(m_details);
    m_website->setObjectName(QStringLiteral("organisationWebsite"));
    m_website->setPlaceholderText(tr("https://…"));
    m_notes = new QPlainTextEdit(m_details);
    m_notes->setObjectName(QStringLiteral("organisationNotes"));
    m_notes->setPlaceholderText(tr("What they do, recent news, teams, culture, questions it raises"));
    m_notes->setTabChangesFocus(true);
    m_save = new QPushButton(tr("Save"), m_details);
    m_save->setObjectName(QStringLiteral("saveOrganisationButton"));
    connect(m_save, &QPushButton::clicked, this, &OrganisationsView::saveDetails);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Research &notes:"), m_notes);
    form->addRow(QString(), m_save);

    auto *peopleBox = new QGroupBox(tr("People there"), m_details);
    m_people = new QListWidget(peopleBox);
    m_people->setObjectName(QStringLiteral("organisationPeople"));
    (new QVBoxLayout(peopleBox))->addWidget(m_people);
    auto *interviewsBox = new QGroupBox(tr("Interviews"), m_details);
    m_interviewList = new QListWidget(interviewsBox);
    m_interviewList->setObjectName(QStringLiteral("organisationInterviews"));
    (new QVBoxLayout(interviewsBox))->addWidget(m_interviewList);
    connect(m_interviewList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openInterview(item->data(Qt::UserRole).toLongLong(), Step(item->data(Qt::UserRole + 1).toInt()));
    });
    auto *lists = new QHBoxLayout;
    lists->addWidget(peopleBox);
    lists->addWidget(interviewsBox);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(form, 2);
    detailLayout->addLayout(lists, 1);

    m_empty = new QLabel(tr("<h3>No organisation chosen</h3><p>Organisations are added when you name one in an "
                            "interview, or with <b>New Organisation…</b>. Pick one on the left to see its "
                            "people and interviews together.</p>"),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 900});
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showOrganisation(
                    current.isValid() ? current.data(OrganisationListModel::OrganisationIdRole).toLongLong() : 0);
            });
    connect(m_workspace->organisations, &OrganisationStore::organisationUpdated, this, [this](qint64 id) {
        if (id == m_currentId)
            showOrganisation(id);
        updateDuplicates();
    });
    connect(m_workspace->organisations, &OrganisationStore::organisationInserted, this,
            &OrganisationsView::updateDuplicates);
    connect(m_workspace->organisations, &OrganisationStore::organisationRemoved, this,
            &OrganisationsView::updateDuplicates);
    for (auto signal :
         {&InterviewStore::interviewInserted, &InterviewStore::interviewUpdated, &InterviewStore::interviewRemoved})
        connect(m_workspace->interviews, signal, this, &OrganisationsView::refreshLists);
    connect(m_workspace->contacts, &ContactStore::contactsUpdated, this, &OrganisationsView::refreshLists);
    connect(m_workspace->contacts, &ContactStore::contactsInserted, this, &OrganisationsView::refreshLists);
    connect(m_workspace->contacts, &ContactStore::contactsRemoved, this, &OrganisationsView::refreshLists);
    showOrganisation(0);
    updateDuplicates();
}

void OrganisationsView::updateDuplicates()
{
    const QList<QList<Organisation>> groups = m_workspace->organisations->nearDuplicates();
    m_duplicates->setVisible(!groups.isEmpty());
    if (groups.isEmpty())
        return;
    const QList<Organisation> &first = groups.constFirst();
    m_duplicatesText->setText(tr("“%1” and “%2” look like one employer.").arg(first.at(0).name, first.at(1).name)
                              + (groups.size() > 1 ? QLatin1Char(' ') + tr("(%n more pair(s) to look at)", nullptr,
                                                                            int(groups.size() - 1))
                                                   : QString()));
}

void OrganisationsView::mergeSuggested()
{
    const QList<QList<Organisation>> groups = m_workspace->organisations->nearDuplicates();
    if (groups.isEmpty())
        return;
    const Organisation a = groups.constFirst().at(0);
    const Organisation b = groups.constFirst().at(1);
    QMessageBox question(QMessageBox::Question, tr("Merge organisations"),
                         tr("“%1” and “%2” look like one employer. Merge them? The interviews, notes and target "
                            "rating of the one that goes move to the one kept. You can undo it.")
                             .arg(a.name, b.name),
                         QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("mergeQuestion"));
    question.setTextFormat(Qt::PlainText);
    const auto keepLabel = [](const Organisation &o) {
        QString name = o.name;
        return tr("Keep “%1”").arg(name.replace(u'&', QStringLiteral("&&")));
    };
    QPushButton *keepA = question.addButton(keepLabel(a), QMessageBox::AcceptRole);
    keepA->setObjectName(QStringLiteral("keepFirst"));
    QPushButton *keepB = question.addButton(keepLabel(b), QMessageBox::AcceptRole);
    keepB->setObjectName(QStringLiteral("keepSecond"));
    question.setDefaultButton(keepA);
    question.exec();
    const bool first = question.clickedButton() == keepA;
    if (!first && question.clickedButton() != keepB)
        return;
    const Organisation &kept = first ? a : b;
    const Organisation &gone = first ? b : a;
    QString error;
    if (!InterviewCommands::mergeOrganisations(m_workspace->undoStack, m_workspace->organisations,
                                               m_workspace->interviews, kept.id, gone.id, &error)) {
        QMessageBox::warning(this, tr("Merge organisations"), error);
        return;
    }
    selectOrganisation(kept.id);
}

void OrganisationsView::selectOrganisation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void OrganisationsView::showOrganisation(qint64 id)
{
    const std::optional<Organisation> o = id > 0 ? m_workspace->organisations->organisation(id) : std::nullopt;
    m_currentId = o ? o->id : 0;
    m_details->setVisible(o.has_value());
    m_empty->setVisible(!o);
    if (!o)
        return;
    m_name->setText(o->name);
    m_website->setText(o->website);
    m_notes->setPlainText(o->notes);
    refreshLists();
}

void OrganisationsView::refreshLists()
{
    const std::optional<Organisation> o = m_workspace->organisations->organisation(m_currentId);
    m_people->clear();
    m_interviewList->clear();
    if (!o)
        return;
    for (const Contact &c : m_workspace->contacts->contacts(m_workspace->organisations->contactIds(o->name))) {
        const QString text = c.position.isEmpty() ? c.displayName() : tr("%1, %2").arg(c.displayName(), c.position);
        new QListWidgetItem(text, m_people);
    }
    for (const Interview &i : m_workspace->interviews->forOrganisation(o->id)) {
        const QString person = m_workspace->contacts->contact(i.contactId).value_or(Contact()).displayName();
        auto *item = new QListWidgetItem(i.summary(person), m_interviewList);
        item->setData(Qt::UserRole, i.id);
        item->setData(Qt::UserRole + 1, int(i.step));
    }
}

bool OrganisationsView::saveDetails()
{
    std::optional<Organisation> o = m_workspace->organisations->organisation(m_currentId);
    if (!o)
        return false;
    Organisation edited = *o;
    edited.name = m_name->text().trimmed();
    edited.website = m_website->text().trimmed();
    edited.notes = m_notes->toPlainText();
    if (edited == *o)
        return true;
    QString error;
    if (!InterviewCommands::editOrganisation(m_workspace->undoStack, m_workspace->organisations, edited, &error)) {
        QMessageBox::warning(this, tr("Save organisation"), error);
        return false;
    }
    selectOrganisation(edited.id);
    return true;
}

void OrganisationsView::newOrganisation()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New organisation"), tr("Name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Organisation o;
    o.name = name;
    QString error;
    if (!InterviewCommands::addOrganisation(m_workspace->undoStack, m_workspace->organisations, o, &error)) {
        QMessageBox::warning(this, tr("New organisation"), error);
        return;
    }
    selectOrganisation(o.id);
}

#include "addtargetdialog.h"

#include "dialogkeys.h"
#include "domain/companyname.h"
#include "itemviews.h"
#include "models/employerlistmodel.h"
#include "models/networkcache.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Finds an employer by the words typed, in any of the ways the contacts write it: every word
// typed starts a word of the name ("goo" finds "Google LLC", "meta" finds "Meta" and
// "Metaswitch" both, as a search should; matching for grouping never does).
class EmployerFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = CompanyName::comparableWords(text);
        // Only punctuation typed: no name at all, so nothing matches (rather than everything).
        m_nothing = m_words.isEmpty() && !text.trimmed().isEmpty();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_nothing)
            return false;
        if (m_words.isEmpty())
            return true;
        const QStringList spellings =
            sourceModel()->index(row, 0, parent).data(EmployerListModel::SpellingsRole).toStringList();
        return std::any_of(spellings.cbegin(), spellings.cend(), [this](const QString &spelling) {
            const QStringList words = CompanyName::comparableWords(spelling);
            return std::all_of(m_words.cbegin(), m_words.cend(), [&words](const QString &typed) {
                return std::any_of(words.cbegin(), words.cend(),
                                   [&typed](const QString &w) { return w.startsWith(typed); });
            });
        });
    }

private:
    QStringList m_words;
    bool m_nothing = false;
};

} // namespace

AddTargetDialog::AddTargetDialog(NetworkCache *network, QWidget *parent)
    : QDialog(parent)
    , m_model(new EmployerListModel(network, this))
    , m_proxy(new EmployerFilter(this))
{
    setObjectName(QStringLiteral("addTargetDialog"));
    setWindowTitle(tr("Add Target Employer"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EmployerListModel::SortRole);

    auto *intro = new QLabel(tr("The employers of your network, where you know most people first. Pick one, "
                                "or type the name of one where you know nobody yet."),
                             this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employerSearch"));
    m_search->setPlaceholderText(tr("Employer"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Employer:"), this);
    searchLabel->setBuddy(m_search);

    m_view = new QTableView(this);
    ItemViews::setUpTable(m_view);
    m_view->setObjectName(QStringLiteral("employerTable"));
    m_view->setAccessibleName(tr("Employers of your network"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EmployerListModel::PeopleColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EmployerListModel::NameColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("employerCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add as &Target"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, &QDialog::accept);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<EmployerFilter *>(m_proxy)->setWords(text);
        // The best match chosen as the user types; Return takes it.
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateButton();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AddTargetDialog::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AddTargetDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(560, 520);
    updateButton();
    m_search->setFocus();
}

QString AddTargetDialog::chosenName() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        return current.siblingAtColumn(EmployerListModel::NameColumn).data().toString();
    return m_search->text().simplified();
}

void AddTargetDialog::updateButton()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const QLocale locale;
    m_count->setText(shown == all ? tr("%Ln employer(s) in your network", nullptr, all)
                                  : tr("%1 of %2 employers").arg(locale.toString(shown), locale.toString(all)));
    const QString name = chosenName();
    const QModelIndex current = m_view->currentIndex();
    const bool fromList = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {});
    // A name typed must have letters or digits in it ("!!!" names nobody).
    const bool named = fromList || !CompanyName::key(name).isEmpty();
    m_add->setEnabled(named);
    if (fromList || !named) {
        m_add->setText(tr("Add as &Target"));
    } else {
        // Shortened, so a long name does not widen the dialog; "&" shown as typed, not as a key.
        QString label = m_add->fontMetrics().elidedText(name, Qt::ElideMiddle, 260);
        label.replace(u'&', QStringLiteral("&&"));
        m_add->setText(tr("Add “%1” as &Target").arg(label));
    }
}

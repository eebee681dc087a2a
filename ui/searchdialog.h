#pragma once

#include "search/searchindex.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;
class SearchResultsModel;
struct Workspace;

// Edit › Search Everything… (Ctrl+K): one field that searches contacts, organisations,
// interviews (with their notes and sent messages) and questions, the results grouped by kind.
// Return or a double-click opens the record on its page (an interview at the tab that shows
// what was found). The records are read on a worker thread each time the dialog opens, and
// again when they change while it is open; the query is kept between uses.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~SearchDialog() override;

    QLineEdit *field() const { return m_field; }
    QTreeView *view() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    // True while the records are being read (the results may be from before a change).
    bool isReading() const;

Q_SIGNALS:
    void openRequested(Search::Kind kind, qint64 id, Step step);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int Limit = 50; // hits listed of each kind
    void moveToNeighbour(int direction);
    void read();
    void search();
    void openHit(const QModelIndex &index);

    Workspace *m_workspace;
    QLineEdit *m_field;
    QLabel *m_status;
    QTreeView *m_view;
    SearchResultsModel *m_model;
    QTimer *m_reread; // records changed while the dialog is open
    Search::Index m_index;
    QFutureWatcher<Search::Index> m_reading;
    bool m_stale = true;
    bool m_readPending = false; // from read() until its result is taken
};

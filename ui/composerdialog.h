#pragma once

#include <QDialog>

struct Workspace;
class ComposerWidget;
class QLabel;

// The composer on its own, opened from an interview's page for that interview.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    ComposerDialog(Workspace *workspace, qint64 interviewId, QWidget *parent = nullptr);

    ComposerWidget *composer() const { return m_composer; }

private:
    ComposerWidget *m_composer;
    QLabel *m_status;
};

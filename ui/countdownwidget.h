#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The agreed length of the conversation, counting down while it runs, so the user keeps to
// the time they asked for. Past the end it counts the overrun in the warning colour.
class CountdownWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownWidget(QWidget *parent = nullptr);

    void setLength(int minutes);
    bool isRunning() const { return m_running; }
    int lengthSeconds() const { return m_lengthSeconds; }
    qint64 elapsedSeconds() const;
    // Where a clock stopped earlier goes on from (a practice run opened again); stops the clock.
    void setElapsedSeconds(qint64 seconds);
    QString remainingText() const;

    // Tests replace the time source; it returns milliseconds since an arbitrary point.
    void setTimeSource(std::function<qint64()> msecs) { m_now = std::move(msecs); }

    void start();
    void pause();
    void reset();
    void updateDisplay();

Q_SIGNALS:
    // Each second while it runs, and on every start, pause, reset or change of length.
    void ticked();

private:
    int m_lengthSeconds = 20 * 60;
    bool m_running = false;
    qint64 m_startedAt = 0;
    qint64 m_accumulated = 0; // milliseconds counted before the last pause
    std::function<qint64()> m_now;
    QElapsedTimer m_elapsed;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_startButton;
    QPushButton *m_resetButton;
    QTimer *m_timer;
};

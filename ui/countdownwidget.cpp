#include "countdownwidget.h"

#include "appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_startButton(new QPushButton(this))
    , m_resetButton(new QPushButton(tr("Reset"), this))
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_now = [this] { return m_elapsed.elapsed(); };
    m_label->setObjectName(QStringLiteral("countdownLabel"));
    m_bar->setObjectName(QStringLiteral("countdownBar"));
    m_startButton->setObjectName(QStringLiteral("countdownStart"));
    m_resetButton->setObjectName(QStringLiteral("countdownReset"));
    // The row's label reaches the clock's first button: a label's Alt+letter gives the focus
    // only to a buddy that takes it, which then hands it to its proxy.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_startButton);
    QFont big = m_label->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_label->setFont(big);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_label, 1);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_resetButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_bar);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CountdownWidget::updateDisplay);
    connect(m_startButton, &QPushButton::clicked, this, [this] { m_running ? pause() : start(); });
    connect(m_resetButton, &QPushButton::clicked, this, &CountdownWidget::reset);
    updateDisplay();
}

void CountdownWidget::setLength(int minutes)
{
    m_lengthSeconds = qMax(1, minutes) * 60;
    updateDisplay();
}

qint64 CountdownWidget::elapsedSeconds() const
{
    const qint64 ms = m_accumulated + (m_running ? m_now() - m_startedAt : 0);
    return ms / 1000;
}

QString CountdownWidget::remainingText() const
{
    const qint64 left = m_lengthSeconds - elapsedSeconds();
    if (left >= 0)
        return tr("%1 left").arg(minutesSeconds(left));
    return tr("%1 over: time to thank them and wrap up").arg(minutesSeconds(-left));
}

void CountdownWidget::setElapsedSeconds(qint64 seconds)
{
    m_running = false;
    m_timer->stop();
    m_accumulated = qMax<qint64>(0, seconds) * 1000;
    updateDisplay();
}

void CountdownWidget::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedAt = m_now();
    m_timer->start();
    updateDisplay();
}

void CountdownWidget::pause()
{
    if (!m_running)
        return;
    m_accumulated += m_now() - m_startedAt;
    m_running = false;
    m_timer->stop();
    updateDisplay();
}

void CountdownWidget::reset()
{
    m_running = false;
    m_accumulated = 0;
    m_timer->stop();
    updateDisplay();
}

void CountdownWidget::updateDisplay()
{
    const qint64 elapsed = elapsedSeconds();
    const bool over = elapsed > m_lengthSeconds;
    m_label->setText(remainingText());
    QPalette palette = this->palette();
    if (over)
        palette.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::Late, palette));
    m_label->setPalette(palette);
    m_bar->setRange(0, m_lengthSeconds);
    m_bar->setValue(int(qMin<qint64>(elapsed, m_lengthSeconds)));
    m_startButton->setText(m_running ? tr("Pause") : (elapsed > 0 ? tr("Resume") : tr("Start the clock")));
    Q_EMIT ticked();
}

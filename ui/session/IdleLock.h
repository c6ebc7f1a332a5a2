#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace DepositDesk {

// Notices when nobody has used the application for a while: any key, mouse button, wheel,
// mouse move or touch in any window of the application counts as use. After interval() without
// use, idle() is emitted once; watching then pauses until start() again (after the unlock).
//
// The interval is minutes in the product (ConsoleSettings::idleLockMinutes, 1–120); tests set
// milliseconds with setIntervalMs().
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinMinutes = 1;
    static constexpr int MaxMinutes = 120;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // Clamped to MinMinutes–MaxMinutes (a desk always locks).
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }

    // Starts (or restarts) watching from now; stop() stops it.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    // Counts as use (the window calls it after its own unlock, for instance).
    void touch();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceInput;
    int m_minutes = 10;
    int m_intervalMs = 10 * 60 * 1000;
    bool m_watching = false;
};

} // namespace DepositDesk

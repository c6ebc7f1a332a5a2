#include "ui/session/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace DepositDesk {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_sinceInput.start();
    // Input to any window passes the application first.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setIdleMinutes(int minutes)
{
    m_minutes = qBound(MinMinutes, minutes, MaxMinutes);
    setIntervalMs(m_minutes * 60 * 1000);
}

void IdleLock::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    if (m_watching)
        start();
}

void IdleLock::start()
{
    m_watching = true;
    m_sinceInput.restart();
    m_timer->start(m_intervalMs);
}

void IdleLock::stop()
{
    m_watching = false;
    m_timer->stop();
}

void IdleLock::touch()
{
    // No timer restart per mouse move: check() looks at the time of the last input instead.
    m_sinceInput.restart();
}

void IdleLock::check()
{
    if (!m_watching)
        return;
    const qint64 left = m_intervalMs - m_sinceInput.elapsed();
    if (left > 0) {
        m_timer->start(int(left));
        return;
    }
    stop();
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching && isInput(event->type()))
        touch();
    return QObject::eventFilter(watched, event);
}

} // namespace DepositDesk

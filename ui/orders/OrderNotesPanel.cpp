#include "ui/orders/OrderNotesPanel.h"

#include "services/orders/OrderNotesService.h"

#include "domain/ChinaTime.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

enum Column { When, Who, Text, ColumnCount };

} // namespace

OrderNotesPanel::OrderNotesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("orderNotesPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("noteHintLabel"));
    m_hint->setWordWrap(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_add->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &OrderNotesPanel::validate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_add->isEnabled())
            return;
        m_adding = true;
        validate();
        Q_EMIT addRequested(draft());
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_hint, 1);
    row->addWidget(m_add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    layout->addLayout(row);
    retranslateUi();
}

QString OrderNotesPanel::draft() const
{
    return m_editor->toPlainText();
}

void OrderNotesPanel::setNotes(const QList<OrderNote> &notes)
{
    m_notes = notes;
    fill();
}

void OrderNotesPanel::setAddingAllowed(bool allowed, const QString &why)
{
    m_allowed = allowed;
    m_notAllowed = why;
    m_editor->setReadOnly(!allowed);
    validate();
}

void OrderNotesPanel::addFinished(const QString &error)
{
    m_adding = false;
    if (error.isEmpty()) {
        m_editor->clear();
        //: Below the note box, after a note was added
        m_hint->setText(tr("The note was added. Every desk sees it at once."));
        m_hint->setStyleSheet(QString());
        m_add->setEnabled(false);
        return;
    }
    validate();
    m_hint->setText(error);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
}

void OrderNotesPanel::fill()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const OrderNote &note : std::as_const(m_notes)) {
        auto *item = new QTreeWidgetItem;
        item->setText(When, QLocale().toString(ChinaTime::toChina(note.at), QLocale::ShortFormat));
        item->setText(Who, note.operatorLogin);
        item->setText(Text, note.text);
        item->setToolTip(Text, note.text);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->scrollToItem(items.last());
}

void OrderNotesPanel::validate()
{
    const QString text = draft();
    const QString problem = text.trimmed().isEmpty() ? QString() : OrderNotesService::problem(text);
    m_add->setEnabled(m_allowed && !m_adding && !text.trimmed().isEmpty() && problem.isEmpty());
    m_hint->setStyleSheet(problem.isEmpty() ? QString()
                                            : QStringLiteral("QLabel { color: #b00020; }"));
    if (!m_allowed && !m_notAllowed.isEmpty())
        m_hint->setText(m_notAllowed);
    else if (!problem.isEmpty())
        m_hint->setText(problem);
    else if (m_adding)
        m_hint->setText(tr("Adding the note…"));
    else
        //: Below the note box: %1 characters typed, %2 the most a note may have
        m_hint->setText(tr("For whoever handles this order next. %1 / %2 characters. A note "
                           "cannot be changed or removed once added.")
                            .arg(text.trimmed().size())
                            .arg(OrderNotesService::MaxLength));
}

void OrderNotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderNotesPanel::retranslateUi()
{
    //: Order notes list: columns
    m_list->setHeaderLabels({tr("When"), tr("By"), tr("Note")});
    m_list->setAccessibleName(tr("Notes on the order"));
    m_editor->setPlaceholderText(
        tr("Write a note for the next operator: who you spoke to, what was promised…"));
    m_editor->setAccessibleName(tr("New note"));
    m_add->setText(tr("&Add note"));
    fill();
    validate();
}

} // namespace DepositDesk

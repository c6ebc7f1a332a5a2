#pragma once

#include "domain/Money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

// What seeded orders are made of: rental categories with realistic deposits, stores, and the
// parts of Chinese names. Plain data; Seeder draws from it.
class SeedCatalog
{
public:
    struct Category
    {
        QString code;        // credit category code sent in extra_param (illustrative)
        QStringList items;   // 租赁物, e.g. "iPhone 15 Pro"
        QString titleFormat; // %1 = item, e.g. "%1 租赁押金"
        Money minDeposit;
        Money maxDeposit;
        QStringList chargeSubjects; // what a charge from the deposit is for
    };
    struct Store
    {
        QString id;
        QString name;
    };

    static const QList<Category> &categories();
    static const QList<Store> &stores();
    static QHash<QString, QString> storeNames(); // id -> name
    static const QStringList &surnames();
    static const QStringList &givenNameCharacters();
    static const QStringList &unfreezeRemarks();
    static const QStringList &refundReasons();
};

} // namespace DepositDesk::Sandbox

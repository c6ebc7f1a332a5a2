// Money and amount parsing (app/domain): Money::fromYuan (both signs), fromRequestYuan and
// fromJson, over the input as text and as a JSON value.
//
// Properties: a parsed amount writes out (toYuan) as text that parses back to the same amount;
// a request amount is within 0.01 .. MaxRequestFen; a JSON number is taken only when it is a
// whole number of fen.

#include "FuzzSupport.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace DepositDesk;

namespace {

void roundTrip(const std::optional<Money> &amount)
{
    if (!amount)
        return;
    const std::optional<Money> again =
        Money::fromYuan(amount->toYuan(), nullptr, Money::Sign::AllowNegative);
    Fuzz::require(again.has_value() && *again == *amount, "fromYuan(toYuan(m)) == m");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::input(data, size);
    const QString text = QString::fromUtf8(bytes);
    QString error;

    const std::optional<Money> plain = Money::fromYuan(text, &error);
    Fuzz::require(!plain || !plain->isNegative(), "a non-negative parse is never negative");
    roundTrip(plain);
    roundTrip(Money::fromYuan(text, &error, Money::Sign::AllowNegative));

    const std::optional<Money> request = Money::fromRequestYuan(text, &error);
    Fuzz::require(!request || (request->fen() >= 1 && request->fen() <= Money::MaxRequestFen),
                  "a request amount is within 0.01 .. 100000000.00");
    roundTrip(request);

    roundTrip(Money::fromJson(QJsonValue(text), &error));
    // The input as a JSON value: a number (double) or anything else.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]");
    if (doc.isArray() && !doc.array().isEmpty())
        roundTrip(Money::fromJson(doc.array().first(), &error));
    return 0;
}

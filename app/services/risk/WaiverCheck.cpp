#include "services/risk/WaiverCheck.h"

#include "store/WaiverPolicies.h"

namespace DepositDesk {

WaiverCheck WaiverCheck::of(const OrderRecord &order, int version, const QList<WaiverBand> &bands)
{
    WaiverCheck check;
    check.version = version;
    check.category = order.category;
    check.waived = order.credit;
    check.bands = bands;
    for (const WaiverBand &band : bands)
        check.allowed = std::max(check.allowed, band.maxWaive);
    if (order.credit.fen() <= 0)
        check.state = State::NotWaived;
    else if (version == 0)
        check.state = State::NoPolicy;
    else if (bands.isEmpty())
        check.state = State::NoBand;
    else
        check.state = order.credit > check.allowed ? State::Over : State::Within;
    return check;
}

std::optional<WaiverCheck> WaiverCheck::read(const Store &store, const OrderRecord &order,
                                             QString *error)
{
    if (order.credit.fen() <= 0)
        return of(order, 0, {});
    const auto inForce = WaiverPolicies(store).bandsInForce(order.category, order.created, error);
    if (!inForce)
        return std::nullopt;
    return of(order, inForce->version, inForce->bands);
}

} // namespace DepositDesk

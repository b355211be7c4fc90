// The UNO component org.walletshare.ShareOfWallet: the Walletshare functions
// as Calc calls them, and their description for the Function Wizard. It only
// converts; the rules live in the core.
#pragma once

#include <optional>
#include <string_view>

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/walletshare/XShareOfWallet.hpp>

#include "calc_range.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::addin {

using rtl::OUString;

inline constexpr std::string_view serviceName = "org.walletshare.ShareOfWallet";

class ShareOfWallet final
    : public cppu::WeakImplHelper4<org::walletshare::XShareOfWallet, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    using Any = css::uno::Any;

    explicit ShareOfWallet(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XShareOfWallet
    Any SAL_CALL share(const CalcRange& shipments, const CalcRange& turnover) override;
    Any SAL_CALL wallet(const CalcRange& turnover, const Any& categoryShare, const Any& margin,
                        const Any& isMarkup) override;
    Any SAL_CALL loyaltyTier(double share, const Any& thresholds, const Any& labels) override;
    Any SAL_CALL tierName(double tier, const Any& language) override;
    Any SAL_CALL turnoverEstimate(const CalcRange& drivers, const CalcRange& rates,
                                  const Any& managerFigure, const Any& method) override;
    Any SAL_CALL turnoverCheck(double managerFigure, double estimate,
                               const Any& tolerance) override;
    Any SAL_CALL targetShipment(double turnover, double targetShare, const Any& currentShipments,
                                const Any& periods, const Any& period, const Any& growth,
                                const Any& ramp) override;
    Any SAL_CALL rankShare(double rank, double suppliers) override;
    Any SAL_CALL turnoverPeers(const CalcRange& peerTurnover, const CalcRange& peerDrivers,
                               const CalcRange& clientDrivers, const Any& quantile) override;

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmaticName) override;
    OUString SAL_CALL getFunctionDescription(const OUString& programmaticName) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmaticName,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString& programmaticName,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmaticName) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmaticName) override;

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XServiceName
    OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    // TIERNAME's language when none is given: the office's interface
    // language, read on first use, since Calc creates every add-in when it
    // builds its function list.
    Language tierNameLanguage();

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::optional<Language> tierNameLanguage_;
    // Set by Calc; it chooses the language of the Function Wizard texts.
    css::lang::Locale locale_{OUString("en"), OUString("US"), OUString()};
    Language wizardLanguage_ = Language::English;
};

} // namespace walletshare::addin

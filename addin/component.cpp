// The entry point LibreOffice calls to create the add-in; its name is given
// by the constructor attribute in registration/walletshare.components.
#include <com/sun/star/uno/XComponentContext.hpp>

#include "share_of_wallet.hpp"

// The name is fixed by the .components file, not by our naming style.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_walletshare_ShareOfWallet_get_implementation( // NOLINT(readability-identifier-naming)
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*arguments*/) {
    return cppu::acquire(new walletshare::addin::ShareOfWallet(context));
}

#include "walletshare/office/office_connection.hpp"

#include <stdexcept>
#include <thread>

#include <com/sun/star/bridge/UnoUrlResolver.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

constexpr std::chrono::milliseconds retryPause{250};

} // namespace

css::uno::Reference<css::uno::XComponentContext>
connectToOffice(const css::uno::Reference<css::uno::XComponentContext>& local,
                const std::string& connection, ChildProcess& office,
                const std::filesystem::path& officeLog, std::chrono::seconds timeout) {
    const auto resolver = css::bridge::UnoUrlResolver::create(local);
    const auto url = uno::ouStringOf("uno:" + connection + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string lastError;
    while (std::chrono::steady_clock::now() < deadline) {
        if (!office.running()) {
            throw std::runtime_error(
                "soffice ended with exit code " + std::to_string(office.exitCode().value_or(-1)) +
                " before accepting " + connection + "; its output:\n" + tailOf(officeLog));
        }
        try {
            return {resolver->resolve(url), css::uno::UNO_QUERY_THROW};
        } catch (const css::uno::Exception& error) {
            // NoConnectException while soffice is not listening yet; a broken
            // bridge while it restarts itself after its first start on a
            // profile. The next try reaches the listening process.
            lastError = uno::utf8Of(error.Message);
        }
        std::this_thread::sleep_for(retryPause);
    }
    std::string message = "soffice did not accept " + connection + " within ";
    message += std::to_string(timeout.count()) + " s (" + lastError + "); its output:\n";
    message += tailOf(officeLog);
    throw std::runtime_error(message);
}

} // namespace walletshare::office

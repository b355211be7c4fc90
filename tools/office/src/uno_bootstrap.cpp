#include "walletshare/office/uno_bootstrap.hpp"

#include <fstream>
#include <mutex>
#include <stdexcept>
#include <string>

#include <cppuhelper/bootstrap.hxx>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

constexpr const char* programDirectory = WALLETSHARE_LIBREOFFICE_PROGRAM_DIR;

std::string programUrl(const std::string& relative) {
    return uno::utf8Of(uno::fileUrlOf(std::filesystem::path(programDirectory) / relative));
}

} // namespace

css::uno::Reference<css::uno::XComponentContext>
bootstrapClient(const std::filesystem::path& directory) {
    const auto ini = directory / "uno-client.ini";
    {
        std::ofstream out(ini);
        out << "[Bootstrap]\n"
            << "URE_INTERNAL_LIB_DIR=" << uno::utf8Of(uno::fileUrlOf(programDirectory)) << '\n'
            << "UNO_TYPES=" << programUrl("types.rdb") << ' ' << programUrl("types/offapi.rdb")
            << '\n'
            << "UNO_SERVICES=" << programUrl("services.rdb") << '\n';
        if (!out) {
            throw std::runtime_error("cannot write " + ini.string());
        }
    }
    // The bootstrap sets up process-wide UNO state; offices started in
    // parallel threads take turns.
    static std::mutex bootstrapping;
    const std::scoped_lock lock(bootstrapping);
    try {
        return cppu::defaultBootstrap_InitialComponentContext(uno::fileUrlOf(ini));
    } catch (const css::uno::Exception& error) {
        throw std::runtime_error("UNO client bootstrap from " + ini.string() +
                                 " failed: " + uno::utf8Of(error.Message));
    }
}

} // namespace walletshare::office

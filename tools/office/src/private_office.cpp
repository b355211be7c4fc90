#include "walletshare/office/private_office.hpp"

#include <atomic>
#include <stdexcept>
#include <unistd.h>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "walletshare/office/extension_manager.hpp"
#include "walletshare/office/free_port.hpp"
#include "walletshare/office/office_connection.hpp"
#include "walletshare/office/uno_bootstrap.hpp"

#include "office_pipes.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

// A pipe name that no other office on the machine uses.
std::string uniquePipeName() {
    static std::atomic<int> offices{0};
    return "walletshare-" + std::to_string(::getpid()) + "-" + std::to_string(++offices);
}

} // namespace

PrivateOffice::PrivateOffice(const OfficeOptions& options)
    : options_(options),
      work_(std::filesystem::temp_directory_path(), "walletshare-" + options.name + "-"),
      profile_(work_.path(), options.mode, options.interfaceLanguage, options.trust),
      log_(profile_.logs() / "soffice.log") {
    const bool withExtension = !options_.extension.empty();
    if (withExtension && !std::filesystem::is_regular_file(options_.extension)) {
        throw std::runtime_error("no extension package at " + options_.extension.string());
    }
    const auto extension =
        withExtension ? profile_.install(options_.extension) : options_.extension;
    local_ = bootstrapClient(profile_.work());
    start();
    if (withExtension && options_.mode == InstallMode::ExtensionManager) {
        addForUser(remote_, extension);
        // Calc reads its add-ins when it first lists its functions, so a new
        // one works from the next start on, as the Extension Manager says.
        if (!stop()) {
            throw std::runtime_error("soffice did not end after the extension was added; see " +
                                     log_.string());
        }
        start();
    }
}

void PrivateOffice::start() {
    // A named pipe is private to its user, so an office that runs as another
    // account is reached over a socket on 127.0.0.1 instead.
    std::string connection;
    if (profile_.user().switches()) {
        connection = "socket,host=127.0.0.1,port=" + std::to_string(freeLocalPort());
    } else {
        pipeName_ = uniquePipeName();
        connection = "pipe,name=" + pipeName_;
    }
    process_ = std::make_unique<ChildProcess>(
        profile_.officeCommand({"--accept=" + connection + ";urp;"}), profile_.environment(), log_);
    remote_ = connectToOffice(local_, connection, *process_, log_, options_.startTimeout);
    desktop_ = css::frame::Desktop::create(remote_);
}

PrivateOffice::~PrivateOffice() {
    stop();
}

// The process alone does not tell: soffice is a child of oosplash, which
// outlives a killed soffice.bin for a moment. A call over the bridge does.
bool PrivateOffice::alive() {
    if (!process_ || !process_->running() || !remote_.is()) {
        return false;
    }
    try {
        return remote_->getServiceManager().is();
    } catch (const css::uno::Exception&) {
        return false;
    }
}

int PrivateOffice::processGroup() const {
    return process_ ? process_->processGroup() : 0;
}

void PrivateOffice::closeDocuments() {
    try {
        const auto documents = desktop_->getComponents()->createEnumeration();
        while (documents->hasMoreElements() != sal_False) {
            const css::uno::Reference<css::util::XCloseable> document(documents->nextElement(),
                                                                      css::uno::UNO_QUERY);
            if (document.is()) {
                document->close(sal_True);
            }
        }
    } catch (const css::uno::Exception&) {
        // A document that will not close is dropped with the process.
    }
}

bool PrivateOffice::stop() {
    if (!process_) {
        return endedByItself_;
    }
    const bool wasAlive = alive();
    if (wasAlive) {
        closeDocuments();
        try {
            desktop_->terminate();
        } catch (const css::uno::Exception&) {
            // The bridge may go down before terminate() answers.
        }
    }
    desktop_.clear();
    remote_.clear();
    endedByItself_ = wasAlive && process_->waitFor(options_.stopTimeout);
    // Kills soffice if it has not ended by now, and anything left in its
    // process group.
    process_.reset();
    if (!endedByItself_) {
        removeStalePipes();
    }
    return endedByItself_;
}

void PrivateOffice::removeStalePipes() const {
    std::vector<std::string> pipes{
        singleOfficePipeName(uno::fileUrlOf(profile_.userInstallation()))};
    if (!pipeName_.empty()) {
        pipes.push_back(pipeName_);
    }
    removePipeFiles(profile_.user().uid(), pipes);
}

} // namespace walletshare::office

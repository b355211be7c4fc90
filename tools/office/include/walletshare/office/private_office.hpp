// A headless soffice of our own: the extension installed into a private
// profile in a temporary folder of its own, the process started on it and
// connected over UNO. Its end closes the documents, terminates soffice, waits
// for the process and removes the folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "walletshare/office/child_process.hpp"
#include "walletshare/office/private_profile.hpp"
#include "walletshare/office/temporary_directory.hpp"

namespace walletshare::office {

struct OfficeOptions {
    // The .oxt to install; none for a plain office, as a colleague without
    // Walletshare has it.
    std::filesystem::path extension;
    // What the office is for, in the name of its folder in TMPDIR
    // (walletshare-<name>-XXXXXX), so that a folder left behind says whose it
    // is.
    std::string name = "office";
    InstallMode mode = InstallMode::Shared;
    // The office's interface language: it chooses the function names that
    // Calc shows and the language that Calc asks the add-in for.
    std::string interfaceLanguage = "en-US";
    DocumentTrust trust = DocumentTrust::Trusted;
    // How long soffice may take to accept a connection.
    std::chrono::seconds startTimeout{60};
    // How long soffice may take to end after terminate() before it is killed.
    std::chrono::seconds stopTimeout{30};
};

class PrivateOffice {
public:
    // Installs, starts and connects; throws std::runtime_error with the
    // relevant log when any step fails.
    explicit PrivateOffice(const OfficeOptions& options);
    ~PrivateOffice();

    PrivateOffice(const PrivateOffice&) = delete;
    PrivateOffice& operator=(const PrivateOffice&) = delete;
    PrivateOffice(PrivateOffice&&) = delete;
    PrivateOffice& operator=(PrivateOffice&&) = delete;

    // The office's component context and desktop (remote objects).
    [[nodiscard]] const css::uno::Reference<css::uno::XComponentContext>& context() const {
        return remote_;
    }
    [[nodiscard]] const css::uno::Reference<css::frame::XDesktop2>& desktop() const {
        return desktop_;
    }
    // Its work() is the office's own folder, for files that belong to this
    // office and go with it.
    [[nodiscard]] const PrivateProfile& profile() const { return profile_; }
    // What soffice wrote to stdout and stderr.
    [[nodiscard]] const std::filesystem::path& log() const { return log_; }

    // Whether soffice still runs and answers over UNO.
    bool alive();

    // soffice's process group, which a watchdog may kill from another thread
    // (a UNO call that waits on it then fails); 0 when it does not run.
    [[nodiscard]] int processGroup() const;

    // Closes every document, asks soffice to terminate, and kills its process
    // group if it has not ended within stopTimeout. True when soffice ended by
    // itself; false when it had to be killed or had died before. Idempotent:
    // later calls repeat the first answer.
    bool stop();

private:
    // Starts soffice on the profile and connects to it.
    void start();
    void closeDocuments();
    // After a kill: the pipe files that soffice would have removed.
    void removeStalePipes() const;

    OfficeOptions options_;
    // Before every member that runs soffice, so that it is destroyed after
    // them: the folder is removed only once process_ has reaped soffice,
    // which writes its profile there until it ends.
    TemporaryDirectory work_;
    PrivateProfile profile_;
    std::filesystem::path log_;
    // The --accept pipe's name, when soffice is reached over a pipe.
    std::string pipeName_;
    css::uno::Reference<css::uno::XComponentContext> local_;
    std::unique_ptr<ChildProcess> process_;
    css::uno::Reference<css::uno::XComponentContext> remote_;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
    bool endedByItself_ = false;
};

} // namespace walletshare::office

// A private mount namespace (root only): folders bind-mounted over parts of
// the machine's LibreOffice are seen by the commands run inside it and by
// nothing else, and vanish with it. A `sleep` started by `unshare -m` holds
// it; commands enter it with nsenter.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "walletshare/office/child_process.hpp"

namespace walletshare::install_test {

class MountNamespace {
public:
    // Why there can be none here (not root, no unshare or nsenter), if so.
    static std::optional<std::string> unavailable();

    // `logs` receives the namespace's own commands' output.
    explicit MountNamespace(std::filesystem::path logs);

    // Shows `folder` at `target` inside the namespace; throws when mount fails.
    void bind(const std::filesystem::path& folder, const std::filesystem::path& target) const;

    // The words that run a command inside the namespace.
    [[nodiscard]] std::vector<std::string> enter() const;

private:
    std::filesystem::path logs_;
    std::unique_ptr<office::ChildProcess> holder_;
};

} // namespace walletshare::install_test

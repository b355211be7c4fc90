#include "walletshare/office/office_user.hpp"

#include <cerrno>
#include <system_error>
#include <unistd.h>

#include "walletshare/office/child_process.hpp"

namespace walletshare::office {

namespace {

// nobody/nogroup on Debian: an account that owns nothing.
constexpr uid_t unprivilegedUid = 65534;
constexpr gid_t unprivilegedGid = 65534;

} // namespace

OfficeUser::OfficeUser(uid_t uid, gid_t gid, std::vector<std::string> prefix)
    : uid_(uid), gid_(gid), prefix_(std::move(prefix)) {
}

OfficeUser OfficeUser::current() {
    return {::getuid(), ::getgid(), {}};
}

std::optional<std::string> OfficeUser::unprivilegedUnavailable() {
    if (::getuid() == 0 && !findProgram("setpriv")) {
        return "running as root and setpriv (util-linux) is not on PATH, so there is no way "
               "to run unopkg and soffice as an unprivileged account";
    }
    return std::nullopt;
}

OfficeUser OfficeUser::unprivileged() {
    if (::getuid() != 0) {
        return current();
    }
    const auto setpriv = findProgram("setpriv");
    if (!setpriv) {
        throw std::runtime_error(*unprivilegedUnavailable());
    }
    return {unprivilegedUid,
            unprivilegedGid,
            {setpriv->string(), "--reuid=" + std::to_string(unprivilegedUid),
             "--regid=" + std::to_string(unprivilegedGid), "--clear-groups"}};
}

void OfficeUser::takeOwnership(const std::filesystem::path& tree) const {
    if (!switches()) {
        return;
    }
    const auto own = [this](const std::filesystem::path& path) {
        if (::lchown(path.c_str(), uid_, gid_) != 0) {
            throw std::system_error(errno, std::generic_category(), "chown " + path.string());
        }
    };
    own(tree);
    if (std::filesystem::is_directory(tree)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(tree)) {
            own(entry.path());
        }
    }
}

std::string OfficeUser::describe() const {
    return "uid " + std::to_string(uid_) + ", gid " + std::to_string(gid_);
}

} // namespace walletshare::office

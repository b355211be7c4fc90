#include "walletshare/office/free_port.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

namespace walletshare::office {

// Binding port 0 lets the kernel choose a port no one uses; it is released at
// once for soffice to take. Another process could take it in between, but
// the kernel hands out ephemeral ports in turn, so that is unlikely.
int freeLocalPort() {
    const int socketHandle = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socketHandle < 0) {
        throw std::system_error(errno, std::generic_category(), "socket");
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool found =
        ::bind(socketHandle, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(socketHandle, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    const int error = errno;
    ::close(socketHandle);
    if (!found) {
        throw std::system_error(error, std::generic_category(), "binding 127.0.0.1:0");
    }
    return ntohs(address.sin_port);
}

} // namespace walletshare::office

#include "counting_http_server.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/time.h>
#include <system_error>
#include <unistd.h>

namespace walletshare::recalc_test {

namespace {

// A 1x1 PNG, so that a linked image really loads when it is fetched.
constexpr std::array<unsigned char, 69> onePixelPng{
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00,
    0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92,
    0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

void setReceiveTimeout(int socket, int seconds) {
    timeval timeout{};
    timeout.tv_sec = seconds;
    ::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

std::string firstLineOf(int socket) {
    std::array<char, 4096> buffer{};
    const ssize_t length = ::recv(socket, buffer.data(), buffer.size(), 0);
    if (length <= 0) {
        return {};
    }
    const std::string text(buffer.data(), static_cast<std::size_t>(length));
    return text.substr(0, text.find("\r\n"));
}

void sendAll(int socket, const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t written =
            ::send(socket, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (written <= 0) {
            return;
        }
        sent += static_cast<std::size_t>(written);
    }
}

} // namespace

CountingHttpServer::CountingHttpServer() : listener_(::socket(AF_INET, SOCK_STREAM, 0)) {
    if (listener_ < 0) {
        throw std::system_error(errno, std::generic_category(), "socket");
    }
    const int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    auto address = loopback(0);
    socklen_t length = sizeof address;
    if (::bind(listener_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const int error = errno;
        ::close(listener_);
        throw std::system_error(error, std::generic_category(), "listening on 127.0.0.1");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

CountingHttpServer::~CountingHttpServer() {
    stopping_ = true;
    thread_.join();
    ::close(listener_);
}

std::string CountingHttpServer::base() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

std::vector<std::string> CountingHttpServer::requests() const {
    const std::lock_guard lock(mutex_);
    return requests_;
}

void CountingHttpServer::reset() {
    const std::lock_guard lock(mutex_);
    requests_.clear();
}

// Polls with a short timeout, so that the destructor can stop the loop.
void CountingHttpServer::serve() {
    while (!stopping_) {
        pollfd waiting{listener_, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0) {
            continue;
        }
        const int connection = ::accept(listener_, nullptr, nullptr);
        if (connection >= 0) {
            answer(connection);
            ::close(connection);
        }
    }
}

void CountingHttpServer::answer(int connection) {
    // Counted on arrival: a connection is a request made, whatever follows.
    setReceiveTimeout(connection, 2);
    const std::string request = firstLineOf(connection);
    {
        const std::lock_guard lock(mutex_);
        requests_.push_back(request);
    }
    const bool image = request.find(".png") != std::string::npos;
    const std::string body = image ? std::string(onePixelPng.begin(), onePixelPng.end()) : "42";
    sendAll(connection, std::string("HTTP/1.0 200 OK\r\nContent-Type: ") +
                            (image ? "image/png" : "text/plain") + "\r\nContent-Length: " +
                            std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

std::string fetchOnce(int port, const std::string& path) {
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    if (client < 0) {
        return {};
    }
    const auto address = loopback(port);
    std::string status;
    if (::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        setReceiveTimeout(client, 5);
        sendAll(client, "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        status = firstLineOf(client);
    }
    ::close(client);
    return status;
}

} // namespace walletshare::recalc_test

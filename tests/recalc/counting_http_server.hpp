// An HTTP server on 127.0.0.1 that counts the connections it gets: the
// target of a workbook's external links. It answers every request, so that
// an office that reaches it would really get what it asked for (a small PNG
// for a .png, a number for anything else).
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace walletshare::recalc_test {

class CountingHttpServer {
public:
    // Listens on a free port of 127.0.0.1 and serves on a thread of its own.
    CountingHttpServer();
    // Stops serving and closes the port.
    ~CountingHttpServer();

    CountingHttpServer(const CountingHttpServer&) = delete;
    CountingHttpServer& operator=(const CountingHttpServer&) = delete;
    CountingHttpServer(CountingHttpServer&&) = delete;
    CountingHttpServer& operator=(CountingHttpServer&&) = delete;

    [[nodiscard]] int port() const { return port_; }
    // "http://127.0.0.1:PORT"
    [[nodiscard]] std::string base() const;

    // The first line of every request since the last reset ("" when a client
    // connected and sent nothing).
    [[nodiscard]] std::vector<std::string> requests() const;
    [[nodiscard]] std::size_t connections() const { return requests().size(); }
    void reset();

private:
    void serve();
    void answer(int connection);

    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

// Connects to the server as an office would and sends one request; returns
// the status line of the answer ("" when there was none).
std::string fetchOnce(int port, const std::string& path);

} // namespace walletshare::recalc_test

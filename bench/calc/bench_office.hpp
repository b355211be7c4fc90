// The private headless Calc that the workbook benchmarks run in: Walletshare
// installed into a profile in a temporary folder, and the soffice.bin that
// does the work, whose memory and processor time are read from /proc.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <sys/types.h>

#include "walletshare/office/private_office.hpp"

namespace walletshare::bench {

class BenchOffice {
public:
    explicit BenchOffice(const std::filesystem::path& extension);

    [[nodiscard]] office::PrivateOffice& office() { return *office_; }
    // soffice.bin; throws std::runtime_error when it cannot be found.
    [[nodiscard]] pid_t binary() const { return binary_; }
    [[nodiscard]] std::optional<double> residentBytes() const;
    [[nodiscard]] std::optional<double> processorSeconds() const;

private:
    std::unique_ptr<office::PrivateOffice> office_;
    pid_t binary_ = 0;
};

} // namespace walletshare::bench

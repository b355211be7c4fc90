#include "bench_office.hpp"

#include <stdexcept>

#include "office_process.hpp"

namespace walletshare::bench {

BenchOffice::BenchOffice(const std::filesystem::path& extension) {
    office::OfficeOptions options;
    options.extension = extension;
    options.name = "bench-office";
    office_ = std::make_unique<office::PrivateOffice>(options);
    const auto binary = officeBinaryIn(office_->processGroup());
    if (!binary) {
        throw std::runtime_error("no soffice.bin in the office's process group");
    }
    binary_ = *binary;
}

std::optional<double> BenchOffice::residentBytes() const {
    return bench::residentBytes(binary_);
}

std::optional<double> BenchOffice::processorSeconds() const {
    return bench::processorSeconds(binary_);
}

} // namespace walletshare::bench

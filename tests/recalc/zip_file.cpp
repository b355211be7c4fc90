#include "zip_file.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <stdexcept>

namespace walletshare::recalc_test {

namespace {

constexpr std::array<std::uint32_t, 256> crcTable = [] {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t index = 0; index < table.size(); ++index) {
        std::uint32_t value = index;
        for (int bit = 0; bit < 8; ++bit) {
            value = (value & 1U) != 0 ? 0xEDB88320U ^ (value >> 1U) : value >> 1U;
        }
        table.at(index) = value;
    }
    return table;
}();

std::uint32_t crc32Of(const std::string& bytes) {
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char byte : bytes) {
        crc = crcTable.at((crc ^ static_cast<unsigned char>(byte)) & 0xFFU) ^ (crc >> 8U);
    }
    return crc ^ 0xFFFFFFFFU;
}

// Little-endian fields, as zip stores them.
void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value & 0xFFU);
    out += static_cast<char>((value >> 8U) & 0xFFU);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xFFFFU);
    put16(out, value >> 16U);
}

} // namespace

void writeZip(const std::filesystem::path& file, const office::PackageMembers& members) {
    constexpr std::uint32_t version = 20;   // 2.0: stored members
    constexpr std::uint32_t dosDate = 0x21; // 1980-01-01
    std::string archive;
    std::string directory;
    for (const auto& [name, bytes] : members) {
        const auto offset = static_cast<std::uint32_t>(archive.size());
        const auto crc = crc32Of(bytes);
        const auto size = static_cast<std::uint32_t>(bytes.size());
        const auto nameLength = static_cast<std::uint32_t>(name.size());
        put32(archive, 0x04034b50U);
        for (const std::uint32_t field : {version, 0U, 0U, 0U, dosDate}) {
            put16(archive, field);
        }
        for (const std::uint32_t field : {crc, size, size}) {
            put32(archive, field);
        }
        put16(archive, nameLength);
        put16(archive, 0);
        archive += name;
        archive += bytes;

        put32(directory, 0x02014b50U);
        for (const std::uint32_t field : {version, version, 0U, 0U, 0U, dosDate}) {
            put16(directory, field);
        }
        for (const std::uint32_t field : {crc, size, size}) {
            put32(directory, field);
        }
        for (const std::uint32_t field : {nameLength, 0U, 0U, 0U, 0U}) {
            put16(directory, field);
        }
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(archive.size());
    const auto count = static_cast<std::uint32_t>(members.size());
    archive += directory;
    put32(archive, 0x06054b50U);
    for (const std::uint32_t field : {0U, 0U, count, count}) {
        put16(archive, field);
    }
    put32(archive, static_cast<std::uint32_t>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);

    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(archive.data(), static_cast<std::streamsize>(archive.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

} // namespace walletshare::recalc_test

#include "password_protection.hpp"

#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include <zip.h>

namespace walletshare::recalc {

namespace {

constexpr std::string_view oleSignature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
// The name of the stream that holds the encryption parameters, as an OLE2
// directory entry spells it: UTF-16LE.
constexpr std::string_view encryptionInfo{"E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28};
// An encrypted workbook's OLE2 directory is small and comes before its
// payload, but not always at the start: read this much at most.
constexpr std::size_t oleHeadLimit = 1U << 20U;
constexpr std::size_t manifestLimit = 1U << 20U;

std::string head(const std::filesystem::path& file, std::size_t limit) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes(limit, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(limit));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

bool manifestHasEncryption(const std::filesystem::path& file) {
    int error = 0;
    const std::unique_ptr<zip_t, ZipCloser> archive(zip_open(file.c_str(), ZIP_RDONLY, &error));
    if (!archive) {
        return false;
    }
    const std::unique_ptr<zip_file_t, ZipFileCloser> manifest(
        zip_fopen(archive.get(), "META-INF/manifest.xml", 0));
    if (!manifest) {
        return false;
    }
    std::string text(manifestLimit, '\0');
    const auto read = zip_fread(manifest.get(), text.data(), text.size());
    if (read <= 0) {
        return false;
    }
    text.resize(static_cast<std::size_t>(read));
    return text.find("encryption-data") != std::string::npos;
}

} // namespace

bool isPasswordProtected(const std::filesystem::path& workbook) {
    const auto signature = head(workbook, oleSignature.size());
    if (signature.starts_with(oleSignature)) {
        return head(workbook, oleHeadLimit).find(encryptionInfo) != std::string::npos;
    }
    return signature.starts_with("PK") && manifestHasEncryption(workbook);
}

} // namespace walletshare::recalc

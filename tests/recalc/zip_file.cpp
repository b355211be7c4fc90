#include "zip_file.hpp"

#include <stdexcept>
#include <string>

#include <zip.h>

namespace walletshare::recalc_test {

namespace {

// zip_source_file's length for "to the end of the file" (libzip 1.7 has no
// name for it).
constexpr zip_int64_t wholeFile = -1;

// A zip archive being written; nothing is on disk before close().
class Archive {
public:
    explicit Archive(const std::filesystem::path& file) : file_(file) {
        int error = 0;
        archive_ = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (archive_ == nullptr) {
            zip_error_t details;
            zip_error_init_with_code(&details, error);
            const std::string reason = zip_error_strerror(&details);
            zip_error_fini(&details);
            throw std::runtime_error("cannot create " + file.string() + ": " + reason);
        }
    }
    ~Archive() {
        if (archive_ != nullptr) {
            zip_discard(archive_);
        }
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    Archive(Archive&&) = delete;
    Archive& operator=(Archive&&) = delete;

    // The bytes are read when the archive is closed: they must live until then.
    void addBytes(const std::string& name, const std::string& bytes) {
        add(name, zip_source_buffer(archive_, bytes.data(), bytes.size(), 0), ZIP_CM_STORE, 0);
    }

    void addFile(const std::string& name, const std::filesystem::path& path) {
        add(name, zip_source_file(archive_, path.c_str(), 0, wholeFile), ZIP_CM_DEFLATE, 9);
    }

    void close() {
        if (zip_close(archive_) != 0) {
            throw std::runtime_error("cannot write " + file_.string() + ": " +
                                     zip_strerror(archive_));
        }
        archive_ = nullptr;
    }

private:
    void add(const std::string& name, zip_source_t* source, zip_int32_t method,
             zip_uint32_t level) {
        if (source == nullptr) {
            throw std::runtime_error("cannot read " + name + ": " + zip_strerror(archive_));
        }
        const zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            throw std::runtime_error("cannot add " + name + ": " + zip_strerror(archive_));
        }
        if (zip_set_file_compression(archive_, static_cast<zip_uint64_t>(index), method, level) !=
            0) {
            throw std::runtime_error("cannot compress " + name + ": " + zip_strerror(archive_));
        }
    }

    std::filesystem::path file_;
    zip_t* archive_ = nullptr;
};

} // namespace

void writeZip(const std::filesystem::path& file, const office::PackageMembers& members) {
    Archive archive(file);
    for (const auto& [name, bytes] : members) {
        archive.addBytes(name, bytes);
    }
    archive.close();
}

void zipFolder(const std::filesystem::path& folder, const std::filesystem::path& file) {
    Archive archive(file);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            archive.addFile(entry.path().lexically_relative(folder).generic_string(), entry.path());
        }
    }
    archive.close();
}

} // namespace walletshare::recalc_test

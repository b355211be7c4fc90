#include "walletshare/office/zip_archive.hpp"

#include <memory>
#include <stdexcept>
#include <string>

#include <zip.h>

namespace walletshare::office {

namespace {

// zip_source_file's length for "to the end of the file" (libzip 1.7 has no
// name for it).
constexpr zip_int64_t wholeFile = -1;
constexpr zip_uint32_t strongest = 9;

std::string openingFailure(int error) {
    zip_error_t details;
    zip_error_init_with_code(&details, error);
    std::string reason = zip_error_strerror(&details);
    zip_error_fini(&details);
    return reason;
}

// A zip archive being read or written; nothing is on disk before close().
class Archive {
public:
    Archive(const std::filesystem::path& file, int flags) : file_(file) {
        int error = 0;
        archive_ = zip_open(file.c_str(), flags, &error);
        if (archive_ == nullptr) {
            throw std::runtime_error("cannot open " + file.string() + ": " + openingFailure(error));
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

    std::optional<std::string> member(const std::string& name) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(archive_, name.c_str(), 0, &stat) != 0) {
            return std::nullopt;
        }
        const auto closer = [](zip_file_t* file) { zip_fclose(file); };
        const std::unique_ptr<zip_file_t, decltype(closer)> opened(
            zip_fopen_index(archive_, stat.index, 0), closer);
        if (!opened) {
            throw std::runtime_error("cannot read " + name + " in " + file_.string() + ": " +
                                     zip_strerror(archive_));
        }
        std::string bytes;
        constexpr std::size_t chunkSize = 65536;
        std::string chunk(chunkSize, '\0');
        for (;;) {
            const zip_int64_t read = zip_fread(opened.get(), chunk.data(), chunk.size());
            if (read < 0) {
                throw std::runtime_error("cannot read " + name + " in " + file_.string() + ": " +
                                         zip_file_strerror(opened.get()));
            }
            if (read == 0) {
                return bytes;
            }
            bytes.append(chunk, 0, static_cast<std::size_t>(read));
        }
    }

    // The bytes are read when the archive is closed: they must live until then.
    void putBytes(const std::string& name, const std::string& bytes, zip_int32_t method,
                  zip_uint32_t level) {
        put(name, zip_source_buffer(archive_, bytes.data(), bytes.size(), 0), method, level);
    }

    void putFile(const std::string& name, const std::filesystem::path& path) {
        put(name, zip_source_file(archive_, path.c_str(), 0, wholeFile), ZIP_CM_DEFLATE, strongest);
    }

    void close() {
        if (zip_close(archive_) != 0) {
            throw std::runtime_error("cannot write " + file_.string() + ": " +
                                     zip_strerror(archive_));
        }
        archive_ = nullptr;
    }

private:
    // Replaces the member of that name, or adds it.
    void put(const std::string& name, zip_source_t* source, zip_int32_t method,
             zip_uint32_t level) {
        if (source == nullptr) {
            throw std::runtime_error("cannot read " + name + ": " + zip_strerror(archive_));
        }
        const zip_int64_t index =
            zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
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

std::optional<std::string> zipMember(const std::filesystem::path& file, const std::string& name) {
    Archive archive(file, ZIP_RDONLY);
    return archive.member(name);
}

void replaceZipMembers(const std::filesystem::path& file, const PackageMembers& members) {
    Archive archive(file, 0);
    for (const auto& [name, bytes] : members) {
        archive.putBytes(name, bytes, ZIP_CM_DEFLATE, strongest);
    }
    archive.close();
}

void writeZip(const std::filesystem::path& file, const PackageMembers& members) {
    Archive archive(file, ZIP_CREATE | ZIP_TRUNCATE);
    for (const auto& [name, bytes] : members) {
        archive.putBytes(name, bytes, ZIP_CM_STORE, 0);
    }
    archive.close();
}

void zipFolder(const std::filesystem::path& folder, const std::filesystem::path& file) {
    Archive archive(file, ZIP_CREATE | ZIP_TRUNCATE);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            archive.putFile(entry.path().lexically_relative(folder).generic_string(), entry.path());
        }
    }
    archive.close();
}

} // namespace walletshare::office

#include "walletshare/office/package_file.hpp"

#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/packages/zip/ZipFileAccess.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

using css::uno::Reference;

std::string readAll(const Reference<css::io::XInputStream>& stream) {
    std::string content;
    css::uno::Sequence<sal_Int8> chunk;
    constexpr sal_Int32 chunkSize = 65536;
    while (stream->readBytes(chunk, chunkSize) > 0) {
        content.append(reinterpret_cast<const char*>(chunk.getConstArray()),
                       static_cast<std::size_t>(chunk.getLength()));
    }
    return content;
}

Reference<css::packages::zip::XZipFileAccess2>
packageOf(const Reference<css::uno::XComponentContext>& context,
          const std::filesystem::path& file) {
    return css::packages::zip::ZipFileAccess::createWithURL(context, uno::fileUrlOf(file));
}

} // namespace

PackageMembers packageMembers(const Reference<css::uno::XComponentContext>& context,
                              const std::filesystem::path& file) {
    const auto package = packageOf(context, file);
    PackageMembers members;
    for (const auto& name : package->getElementNames()) {
        const std::string member = uno::utf8Of(name);
        // Folders are members too, with no bytes of their own.
        if (member.ends_with("/")) {
            continue;
        }
        members.emplace_back(member, readAll(Reference<css::io::XInputStream>(
                                         package->getByName(name), css::uno::UNO_QUERY_THROW)));
    }
    return members;
}

std::string packageMember(const Reference<css::uno::XComponentContext>& context,
                          const std::filesystem::path& file, const std::string& name) {
    return readAll(Reference<css::io::XInputStream>(
        packageOf(context, file)->getByName(uno::ouStringOf(name)), css::uno::UNO_QUERY_THROW));
}

} // namespace walletshare::office

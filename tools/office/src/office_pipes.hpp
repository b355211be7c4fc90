// The socket files of osl pipes. A soffice that ends in order removes them;
// one that is killed leaves them in /tmp, where they would pile up over many
// test runs.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

#include <rtl/ustring.hxx>

namespace walletshare::office {

// The pipe through which a second soffice on the same profile would hand its
// work to the first: "SingleOfficeIPC_" and the MD5 of the profile's URL.
std::string singleOfficePipeName(const rtl::OUString& userInstallationUrl);

// Removes the socket files of these pipes of the account `uid`.
void removePipeFiles(uid_t uid, const std::vector<std::string>& pipeNames);

} // namespace walletshare::office

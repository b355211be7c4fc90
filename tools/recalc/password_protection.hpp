// Whether a workbook is encrypted with a password: LibreOffice, asked to open
// one with nobody to type the password, fails with a message that names its
// own sources, so the tool looks first.
#pragma once

#include <filesystem>

namespace walletshare::recalc {

// An encrypted .xlsx/.xlsm (an OLE2 container holding EncryptionInfo, as
// Excel and Calc write one) or an ODF package whose manifest has encryption
// data.
bool isPasswordProtected(const std::filesystem::path& workbook);

} // namespace walletshare::recalc

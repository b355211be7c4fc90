// Reaching a starting soffice: its acceptor appears some seconds after the
// process starts, so resolving is retried until it answers, the process dies,
// or the time is up.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "walletshare/office/child_process.hpp"

namespace walletshare::office {

// `connection` is the part of the --accept string before ";urp;", such as
// "pipe,name=walletshare-42" or "socket,host=127.0.0.1,port=2002". Throws
// std::runtime_error, with the tail of `officeLog`, when it fails.
css::uno::Reference<css::uno::XComponentContext>
connectToOffice(const css::uno::Reference<css::uno::XComponentContext>& local,
                const std::string& connection, ChildProcess& office,
                const std::filesystem::path& officeLog, std::chrono::seconds timeout);

} // namespace walletshare::office

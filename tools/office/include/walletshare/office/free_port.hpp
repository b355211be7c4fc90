// A TCP port on 127.0.0.1 that nobody listens on right now, for soffice's
// --accept when the client cannot share a named pipe with it (pipes are per
// user).
#pragma once

namespace walletshare::office {

int freeLocalPort();

} // namespace walletshare::office

#include "walletshare/office/extension_manager.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/implbase3.hxx>
#include <rtl/ref.hxx>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

using css::uno::Reference;

// The user at the Extension Manager: accepts what can be accepted (the
// license) and remembers every question that could not be.
class AcceptingUser final
    : public cppu::WeakImplHelper3<css::ucb::XCommandEnvironment, css::task::XInteractionHandler,
                                   css::ucb::XProgressHandler> {
public:
    Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override {
        return this;
    }
    Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return this; }

    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        for (const auto& continuation : request->getContinuations()) {
            const Reference<css::task::XInteractionApprove> approve(continuation,
                                                                    css::uno::UNO_QUERY);
            if (approve.is()) {
                approve->select();
                return;
            }
        }
        unanswered_.push_back(uno::utf8Of(request->getRequest().getValueTypeName()));
    }

    void SAL_CALL push(const css::uno::Any& /*status*/) override {}
    void SAL_CALL update(const css::uno::Any& /*status*/) override {}
    void SAL_CALL pop() override {}

    [[nodiscard]] const std::vector<std::string>& unanswered() const { return unanswered_; }

private:
    std::vector<std::string> unanswered_;
};

} // namespace

void addForUser(const Reference<css::uno::XComponentContext>& office,
                const std::filesystem::path& extension) {
    const auto manager = css::deployment::ExtensionManager::get(office);
    const rtl::Reference<AcceptingUser> user(new AcceptingUser);
    try {
        manager->addExtension(uno::fileUrlOf(extension), {}, "user", manager->createAbortChannel(),
                              user.get());
    } catch (const css::uno::Exception& error) {
        throw std::runtime_error("the Extension Manager could not add " + extension.string() +
                                 ": " + uno::utf8Of(error.Message));
    }
    if (!user->unanswered().empty()) {
        std::string questions;
        for (const auto& question : user->unanswered()) {
            questions += " " + question;
        }
        throw std::runtime_error("adding " + extension.string() +
                                 ", the Extension Manager reported:" + questions);
    }
}

} // namespace walletshare::office

#include <set>
#include <string_view>

#include <gtest/gtest.h>

#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"

namespace walletshare::catalog {
namespace {

TEST(Description, CountsTheRequiredArgumentsBeforeTheOptionalOnes) {
    const description::Function* targetShipment = description::find("targetShipment");
    ASSERT_NE(targetShipment, nullptr);
    EXPECT_EQ(targetShipment->argumentCount(), 7U);
    EXPECT_EQ(targetShipment->requiredCount(), 2U);
    EXPECT_EQ(description::find("share")->requiredCount(), 2U);
    EXPECT_EQ(description::find("wallet")->requiredCount(), 1U);
    EXPECT_EQ(description::find("noSuchFunction"), nullptr);
}

TEST(Description, GivesDefaultsOnlyToOptionalArguments) {
    for (const description::Function& function : description::functions) {
        for (const description::Argument& argument : function.arguments) {
            EXPECT_TRUE(argument.defaultValue.empty() || description::isOptional(argument.kind))
                << function.programmaticName << " " << argument.name;
        }
    }
}

TEST(Description, NamesEachFunctionAndEachOfItsArgumentsOnce) {
    std::set<std::string_view> functions;
    for (const description::Function& function : description::functions) {
        EXPECT_TRUE(functions.insert(function.programmaticName).second);
        std::set<std::string_view> arguments;
        for (const description::Argument& argument : function.arguments) {
            EXPECT_TRUE(arguments.insert(argument.name).second)
                << function.programmaticName << " " << argument.name;
        }
    }
}

// The English names are the contract's; the Function Wizard shows them.
TEST(Texts, NameTheArgumentsInEnglishAsTheContractDoes) {
    for (const description::Function& function : description::functions) {
        const FunctionText* english = text(function.programmaticName, Language::English);
        ASSERT_NE(english, nullptr);
        for (std::size_t index = 0; index < function.argumentCount(); ++index) {
            EXPECT_EQ(english->arguments[index].name, function.arguments[index].name);
        }
    }
}

TEST(Texts, GiveEveryFunctionADisplayNameOfItsOwnInEachLanguage) {
    for (const Language language : {Language::English, Language::Russian}) {
        std::set<std::string_view> names;
        for (const description::Function& function : description::functions) {
            const FunctionText* described = text(function.programmaticName, language);
            ASSERT_NE(described, nullptr) << function.programmaticName;
            EXPECT_TRUE(names.insert(described->displayName).second) << described->displayName;
        }
        EXPECT_EQ(text("noSuchFunction", language), nullptr);
    }
}

TEST(Texts, AreTranslatedIntoRussian) {
    for (const description::Function& function : description::functions) {
        EXPECT_NE(text(function.programmaticName, Language::Russian)->description,
                  text(function.programmaticName, Language::English)->description);
    }
}

} // namespace
} // namespace walletshare::catalog

// The report's own JSON writer (reports/src/json_text.h) writes exactly the bytes of
// nlohmann's `dump(2)` with invalid UTF-8 replaced: every report's bytes depend on it.
#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "finding_json.h"
#include "json_text.h"

namespace clausecheck {
namespace {

using nlohmann::ordered_json;

std::string nlohmann_dump(const ordered_json& value) {
  return value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

std::string ours(const ordered_json& value, unsigned indent = 0) {
  std::string out;
  append_json_value(out, value, indent);
  return out;
}

void expect_same_string(const std::string& text) {
  std::string out = "prefix";
  append_json_string(out, text);
  EXPECT_EQ(out, "prefix" + nlohmann_dump(ordered_json(text))) << "for the bytes of: " << testing::PrintToString(text);
}

TEST(JsonText, EveryByteAloneAndInContext_IsEscapedAsNlohmannEscapesIt) {
  for (int b = 0; b < 256; ++b) {
    const std::string byte(1, static_cast<char>(b));
    expect_same_string(byte);
    expect_same_string("plain " + byte + " text");
    expect_same_string(byte + byte);
  }
}

TEST(JsonText, WellFormedAndMalformedUtf8_GiveNlohmannsBytes) {
  for (const std::string& text : {
           std::string("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 \xEF\xBF\xBD"),
           std::string("\xC3"),                     // cut short at the end
           std::string("a\xC3 b"),                  // cut short in the middle
           std::string("\xC0\xAF"),                 // overlong
           std::string("\xE0\x80\xAF"),             // overlong, three bytes
           std::string("\xED\xA0\x80 surrogate"),   // a surrogate
           std::string("\xF4\x90\x80\x80 over"),    // over U+10FFFF
           std::string("\xF5\x80\x80\x80"),         // not a lead byte
           std::string("\x80\x80 lone continuations"),
           std::string("\xE2\x80 then \"quote\" and \n"),
           std::string("\xF0\x9F\x98"),
           std::string("\xEF\xBF\xBF\xF4\x8F\xBF\xBF\xE0\xA0\x80\xF0\x90\x80\x80\xC2\x80\x7F"),
       }) {
    expect_same_string(text);
  }
}

TEST(JsonText, RandomBytes_GiveNlohmannsBytes) {
  std::mt19937 random(20261206);
  // Bytes weighted towards those that need care: controls, quotes, backslashes, UTF-8 leads
  // and continuations.
  const std::string alphabet = std::string("ab \"\\\n\t\x01\x1F\x7F", 11) + "\xC2\xC3\xE0\xE2\xED\xF0\xF4\xF5\x80\x8F\x9F\xA0\xBF";
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 12, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    expect_same_string(text);
  }
}

TEST(JsonText, NestedValuesAtAnyDepth_AreIndentedAsDumpIndentsThem) {
  ordered_json value;
  value["id"] = "F1";
  value["empty object"] = ordered_json::object();
  value["empty array"] = ordered_json::array();
  value["page"] = 3;
  value["negative"] = -17;
  value["largest"] = std::numeric_limits<std::int64_t>::min();
  value["unsigned"] = std::numeric_limits<std::uint64_t>::max();
  value["absence"] = false;
  value["present"] = true;
  value["nothing"] = nullptr;
  value["value"] = 1234.5;
  value["third"] = 1.0 / 3.0;
  value["not a number"] = std::numeric_limits<double>::quiet_NaN();
  value["span"] = {{"begin", 10u}, {"end", 20u}};
  value["tags"] = {"a", "b\xFF", ordered_json::array({1, ordered_json::object({{"k\n", "v"}})})};
  value["key \xC3"] = "bad key";
  EXPECT_EQ(ours(value), nlohmann_dump(value));
  for (unsigned indent : {2u, 4u, 130u}) {
    std::string expected;
    nlohmann::detail::serializer<ordered_json>(nlohmann::detail::output_adapter<char>(expected), ' ',
                                               ordered_json::error_handler_t::replace)
        .dump(value, true, false, 2, indent);
    EXPECT_EQ(ours(value, indent), expected);
  }
  for (const ordered_json& scalar : {ordered_json("text"), ordered_json(0), ordered_json(0.1), ordered_json(nullptr),
                                     ordered_json::array(), ordered_json::object()}) {
    EXPECT_EQ(ours(scalar), nlohmann_dump(scalar));
  }
}

TEST(JsonText, FindingWrittenDirectly_IsTheBytesOfItsTreeDumped) {
  Finding bare;
  Finding full;
  full.rule_id = "payment.period";
  full.title = "Long \"payment\" period";
  full.category = "payment";
  full.taxonomy = "PAY-01";
  full.severity = Severity::critical;
  full.message = "Payment within 60 days\n";
  full.ask = "Ask \xE2\x80\x9C" "30 days\xE2\x80\x9D";
  full.reference = "s.110";
  full.tags = {"cash", "bad \xC3"};
  full.absence = true;
  full.page = -1;
  full.clause_citation = "7.2(b)";
  full.heading = "PAYMENT\t";
  full.begin = 4000000000u;
  full.end = 4000000010u;
  full.text = "sixty (60) days \x01";
  full.captures.push_back({"days", "DURATION", "sixty (60) days", 60, "day", 1, 4});
  full.captures.push_back({"rate", "PERCENT", "1/3", 1.0 / 3.0, "percent", 5, 6});
  full.captures.push_back({"bad", "NUMBER", "?", std::numeric_limits<double>::quiet_NaN(), "", 0, 0});
  full.why = {"pattern", "where days > 30"};
  for (const Finding* finding : {&bare, &full}) {
    for (const std::string id : {"", "F12"}) {
      for (unsigned indent : {0u, 4u}) {
        std::string expected;
        nlohmann::detail::serializer<ordered_json>(nlohmann::detail::output_adapter<char>(expected), ' ',
                                                   ordered_json::error_handler_t::replace)
            .dump(finding_json(*finding, id), true, false, 2, indent);
        std::string written = "[";
        append_finding_json(written, *finding, id, indent);
        EXPECT_EQ(written, "[" + expected);
      }
    }
  }
}

}  // namespace
}  // namespace clausecheck

// The pages of `clausecheck serve`, as complete HTML documents. Self-contained: one inline
// stylesheet (allowed by its hash in the Content-Security-Policy), no script, no external
// asset. Every piece of text that came from a user or a document is escaped here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "result_store.h"

namespace clausecheck::cli::web {

// The limits a user is told about on the home page and in refusals.
struct PageLimits {
  std::uint64_t max_upload_bytes = 0;
  std::size_t max_files = 0;
  double scan_seconds = 0;
};

// The stylesheet every page embeds; the server allows exactly this text by its hash.
std::string_view page_stylesheet();

// The fields of the pre-check form's "What would it cost?" part, as offer-file field names.
const std::vector<std::string_view>& offer_form_fields();

std::string home_page(const RulePackIdentity& pack, std::size_t rule_count, const PageLimits& limits);
std::string check_page(const std::string& id, const CheckResult& result, const RulePackIdentity& pack);
std::string compare_page(const std::string& id, const CompareResult& result, const RulePackIdentity& pack);
// A running triage refreshes itself every two seconds (a meta refresh: no script needed).
std::string triage_page(const std::string& id, const TriageJob& job, const RulePackIdentity& pack);
std::string rules_page(const RulePack& pack, const RulePackIdentity& identity);
// A refusal or an error: a heading, the message, and the way back.
std::string message_page(std::string_view title, std::string_view message);

}  // namespace clausecheck::cli::web

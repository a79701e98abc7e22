// What each fuzz target does with one input, in one place so that the fuzzers and the
// regression test (tests/fuzz_regressions_test.cpp, which replays every saved crash) run
// exactly the same code:
//  - read_like_a_user: the whole pipeline a user's file goes through (detect, parse,
//    normalise, recover structure, match the default pack, read the terms that drive cash);
//  - read_docx_xml: WordprocessingML packed into a well-formed DOCX container first, so that
//    mutations reach the XML readers and Word's numbering instead of dying in the zip checks;
//  - compile_rules: a rule file compiled, and when it compiles, run on a contract and on its
//    own examples;
//  - read_offer: an offer file read, and when it reads, assessed against a contract that
//    states every driving term, with every figure checked to be a finite number.
// Anything but a Document / InputError / pack / diagnostics, and any sanitizer report, is a
// finding.
#pragma once

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clausecheck/contract_terms.h"
#include "clausecheck/engine.h"
#include "clausecheck/offer_file.h"
#include "clausecheck/offer_model.h"
#include "clausecheck/parsers.h"
#include "clausecheck/rules.h"

namespace clausecheck::fuzz {

// The default rule pack, compiled once per process: fuzzing the matcher with the rules
// users run. REQUIRES: CLAUSECHECK_SOURCE_DIR names the source tree.
inline const RulePack& default_pack() {
  static const std::shared_ptr<const RulePack> pack = [] {
    // The command line resolves the pack's imports into files; here the engine is simply
    // given the pack and the whole library it imports from.
    std::vector<RuleSource> sources;
    for (const char* directory : {CLAUSECHECK_SOURCE_DIR "/rules/default", CLAUSECHECK_SOURCE_DIR "/rules/lib"}) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.path().extension() != ".rules") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        sources.push_back({entry.path().string(), text.str()});
      }
    }
    std::sort(sources.begin(), sources.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    RuleCompileResult compiled = compile_rule_pack(sources);
    if (!compiled.ok()) std::abort();  // the bundled pack must compile
    return compiled.pack;
  }();
  return *pack;
}

// Parses `bytes` as if it were a file called `name`; when it reads, analyses and scans it.
inline void read_like_a_user(std::string_view name, std::string_view bytes) {
  ParseResult parsed = parse_document(name, bytes);
  if (auto* document = std::get_if<Document>(&parsed)) {
    AnalysedDocument analysed = analyse(std::move(*document));
    (void)scan(default_pack(), analysed);
    // `assess` and the report's offer section read the contract's own terms from the same
    // analysed document; those readers walk clause text and citations a mutation can break.
    (void)read_contract_terms(analysed);
  }
}

namespace detail {

inline constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

// Cuts `text` at `marker`: what follows goes to `tail`.
inline std::string_view split_off(std::string_view& text, std::string_view marker) {
  const std::size_t at = text.find(marker);
  if (at == std::string_view::npos) return {};
  std::string_view tail = text.substr(at + marker.size());
  text = text.substr(0, at);
  return tail;
}

inline bool add(zip_t* archive, const char* name, std::string_view bytes) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (source == nullptr) return false;
  if (zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) < 0) {
    zip_source_free(source);
    return false;
  }
  return true;
}

// The DOCX bytes, or empty when libzip cannot build them.
inline std::string pack_docx(std::string_view document, std::string_view numbering, std::string_view styles) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return {};
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    return {};
  }
  zip_source_keep(buffer);  // read the bytes back after zip_close
  bool ok = add(archive, "[Content_Types].xml", kContentTypes) && add(archive, "word/document.xml", document);
  if (ok && !numbering.empty()) ok = add(archive, "word/numbering.xml", numbering);
  if (ok && !styles.empty()) ok = add(archive, "word/styles.xml", styles);
  if (!ok || zip_close(archive) < 0) {
    if (ok) zip_discard(archive);
    zip_source_free(buffer);
    return {};
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
    bytes.resize(stat.size);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), bytes.size());
    bytes.resize(read < 0 ? 0 : static_cast<std::size_t>(read));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

}  // namespace detail

// Input layout: word/document.xml, optionally followed by "\n--numbering--\n" and
// word/numbering.xml, and by "\n--styles--\n" and word/styles.xml.
inline void read_docx_xml(std::string_view input) {
  const std::string_view styles = detail::split_off(input, "\n--styles--\n");
  const std::string_view numbering = detail::split_off(input, "\n--numbering--\n");
  const std::string docx = detail::pack_docx(input, numbering, styles);
  if (!docx.empty()) read_like_a_user("contract.docx", docx);
}

inline void compile_rules(std::string_view input) {
  RuleCompileResult compiled = compile_rule_pack({{"fuzz.rules", std::string(input)}});
  for (const Diagnostic& diagnostic : compiled.diagnostics) (void)diagnostic.format();
  if (!compiled.ok()) return;
  static const AnalysedDocument contract = analyse(document_from_text(
      "1. PAYMENT\n1.1 The Contractor shall pay within sixty (60) days of receipt of a valid invoice, "
      "but only once it has been paid by the Authority.\n1.2 The Subcontractor shall indemnify the "
      "Contractor against all losses.\n",
      "contract.txt"));
  (void)scan(*compiled.pack, contract);
  (void)run_rule_tests(*compiled.pack);
}

namespace detail {

// Every driving term stated, so an offer reaches every branch of the model: pay when paid,
// retention with a release, outcomes with a lag, capped credits, TUPE and a pension.
inline ContractTerms every_term_stated() {
  using Id = ContractTermId;
  ContractTerms t;
  auto stated = [&](Id id, double value, bool flag = true) {
    t[id].stated = true;
    t[id].has_value = value != 0;
    t[id].value = value;
    t[id].flag = flag;
  };
  stated(Id::payment_period, 60);
  stated(Id::pay_when_paid, 0);
  stated(Id::retention, 5);
  stated(Id::retention_release, 90);
  stated(Id::outcome_share, 40);
  stated(Id::outcome_lag, 180);
  stated(Id::service_credits, 0);
  stated(Id::service_credit_cap, 10);
  stated(Id::volume_guarantee, 0, false);
  stated(Id::termination_notice, 30);
  stated(Id::tupe, 0);
  stated(Id::pension_scheme, 0);
  stated(Id::fixed_price, 0);
  stated(Id::invoice_period, 3);
  stated(Id::management_fee, 15);
  stated(Id::bond, 1);
  t[Id::bond].basis = "months of charges";
  stated(Id::bond_release, 90);
  stated(Id::price_reduction, 2.5);
  return t;
}

// A figure a report would print that is not a number is a finding: abort, so libFuzzer keeps it.
inline void require_finite(double value) {
  if (!std::isfinite(value)) std::abort();
  (void)format_pounds(value);
}

}  // namespace detail

inline void read_offer(std::string_view text) {
  OfferParseResult parsed = parse_offer(text);
  if (const auto* error = std::get_if<OfferError>(&parsed)) {
    (void)error->describe("offer.txt");
    return;
  }
  static const ContractTerms terms = detail::every_term_stated();
  for (const ContractTerms& contract : {terms, ContractTerms{}}) {
    const Assessment a = assess_offer(contract, std::get<Offer>(parsed));
    for (const TracedFigure& f : a.figures) detail::require_finite(f.value);
    for (const Scenario& s : a.scenarios) {
      detail::require_finite(s.revenue_at_risk);
      detail::require_finite(s.peak_working_capital);
    }
    for (const CashMonth& m : a.cash_flow.months) detail::require_finite(m.position);
    detail::require_finite(a.months_of_costs);
    detail::require_finite(a.inflation.last_year_buys_percent);
  }
}

}  // namespace clausecheck::fuzz

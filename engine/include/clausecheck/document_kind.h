// What kind of document a file is: a contract's main terms, or one part of a larger one
// (a schedule, an annex, an amendment), a framework, a call-off or an order form. Reports
// show it, and absence rules use it: a schedule on its own has no liability cap because the
// cap is in the main terms, so by default absence rules do not fire on it (`applies-to`,
// docs/rules-language.md). A fragment (one clause or a few, pasted or scanned on its own)
// is read the same way: the rest of its contract is elsewhere. A transaction document (an
// acquisition or separation and its IP transfer, an investor's standstill, an escrow
// deposit) is no provider's contract at all, so by default no rule runs on it.
//
// Contract: pure functions over small values: an unknown name is nullopt from
// parse_document_kind(), never an exception; safe to call from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clausecheck {

enum class DocumentKind { main_terms, schedule, annex, framework, call_off, order_form, amendment, fragment, transaction };
inline constexpr std::size_t document_kind_count = 9;

// "main-terms", "schedule", "annex", "framework", "call-off", "order-form", "amendment",
// "fragment", "transaction".
std::string_view to_string(DocumentKind kind);
std::optional<DocumentKind> parse_document_kind(std::string_view text);

// A schedule, annex, amendment or fragment: a part of a contract whose main terms are
// elsewhere, so a protection missing from it may well be in them.
bool is_part_of_larger_contract(DocumentKind kind);

// A transaction between owners, investors or affiliates: nobody in it performs a service or
// supplies goods for a customer, so neither a risk nor a missing protection of a provider
// is there to find. Rules run on it only when their applies-to names it.
bool has_no_provider(DocumentKind kind);

struct DocumentKindReading {
  DocumentKind kind = DocumentKind::main_terms;
  std::string evidence;  // why: "title \"Call-Off Schedule 10 - Exit Management\""
};

}  // namespace clausecheck

// `clausecheck rules test|check|list [PATHS]`: work on rule packs without a contract.
#include <iostream>
#include <memory>

#include "clausecheck/rules.h"
#include "commands.h"
#include "rule_files.h"

namespace clausecheck::cli {

namespace {

struct RulesOptions {
  std::vector<std::string> paths;
  bool strict = false;
};

CLI::App* add_rules_subcommand(CLI::App& rules, const char* name, const char* description,
                               std::shared_ptr<RulesOptions> options) {
  auto* cmd = rules.add_subcommand(name, description);
  cmd->add_option("PATHS", options->paths, "rule files or directories (default: the bundled pack)");
  return cmd;
}

// "example" / "counter example" and where it is, for a failure line.
void print_failure(const RuleTestFailure& failure) {
  std::cout << "FAIL " << failure.rule_id << " (" << failure.path << ":" << failure.line << "): "
            << (failure.must_fire ? "example " : "counter example ") << failure.problem << "\n"
            << "     \"" << failure.example << "\"\n";
}

}  // namespace

void register_rules_command(CLI::App& app, ExitCode& exit_code) {
  auto* rules = app.add_subcommand("rules", "Check, test and list rule packs");
  rules->require_subcommand(1);

  auto test_options = std::make_shared<RulesOptions>();
  auto* test = add_rules_subcommand(*rules, "test", "Run every rule's examples and counter examples", test_options);
  test->add_flag("--strict", test_options->strict, "require an example and a counter example in every rule");
  test->callback([test_options, &exit_code] {
    auto pack = load_rule_pack(test_options->paths, test_options->strict);
    if (!pack) {
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    RuleTestSummary summary = run_rule_tests(*pack);
    for (const auto& failure : summary.failures) print_failure(failure);
    std::cout << pack->rules().size() << " rules, " << summary.examples_run << " examples, "
              << summary.failures.size() << " failed\n";
    exit_code = summary.failures.empty() ? ExitCode::ok : ExitCode::findings_at_threshold;
  });

  auto check_options = std::make_shared<RulesOptions>();
  auto* check = add_rules_subcommand(*rules, "check", "Validate rule files without running them", check_options);
  check->add_flag("--strict", check_options->strict, "require an example and a counter example in every rule");
  check->callback([check_options, &exit_code] {
    auto pack = load_rule_pack(check_options->paths, check_options->strict);
    if (!pack) {
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    std::cout << "ok: " << pack->rules().size() << " rules\n";
    exit_code = ExitCode::ok;
  });

  auto list_options = std::make_shared<RulesOptions>();
  auto* list = add_rules_subcommand(*rules, "list", "Print id, severity, category and title of each rule", list_options);
  list->callback([list_options, &exit_code] {
    auto pack = load_rule_pack(list_options->paths, false);
    if (!pack) {
      exit_code = ExitCode::usage_or_input_error;
      return;
    }
    for (const auto& rule : pack->rules()) {
      std::cout << rule.id << "\t" << to_string(rule.severity) << "\t" << rule.category << "\t" << rule.title << "\n";
    }
    exit_code = ExitCode::ok;
  });
}

}  // namespace clausecheck::cli

// `clausecheck eval [--rules PATHS] [--shared ROOT] DIR...`: precision and recall of a rule
// pack on every labelled document under each DIR. Scoring is in the engine (evaluation.h), the table and JSON
// in reports/; this file finds the files and wires them.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <variant>

#include "clausecheck/engine.h"
#include "clausecheck/evaluation.h"
#include "clausecheck/reports.h"
#include "clausecheck/rules.h"
#include "commands.h"
#include "document_pipeline.h"
#include "gold_labels.h"
#include "rule_files.h"

namespace clausecheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kLabelSuffix = ".labels.json";

struct EvalOptions {
  std::vector<std::string> rule_paths;
  std::vector<std::string> directories;
  std::string documents_root = "../shared";
  bool json = false;
  std::string prefer = "pdf";
  double min_precision = 0;
  double min_recall = 0;
  double min_type_recall = 0;
  int min_type_labels = 3;
  // Score with each document's provider as its label file names it (--provider), not as the
  // document's reading finds it: what is left is what the rules lose with the roles right.
  bool labelled_provider = false;
};

// The label files under `directory`, sorted so that the evaluation is deterministic.
std::vector<fs::path> find_label_files(const fs::path& directory) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(directory, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file() && name.size() > kLabelSuffix.size() && name.ends_with(kLabelSuffix)) {
      found.push_back(it->path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

// One rendering per label file: NAME.<prefer> first, then PDF, DOCX, Markdown, text, .doc.
std::optional<fs::path> document_beside(const fs::path& label_file, const std::string& prefer) {
  std::string name = label_file.filename().string();
  name.resize(name.size() - kLabelSuffix.size());
  const std::array<std::string, 8> extensions = {prefer, "pdf", "PDF", "docx", "md", "markdown", "txt", "doc"};
  for (const std::string& ext : extensions) {
    fs::path candidate = label_file.parent_path() / (name + "." + ext);
    if (fs::is_regular_file(candidate)) return candidate;
  }
  return std::nullopt;
}

// The document a label file describes. A label file that names its "document" points into
// the documents root (real contracts kept outside the repository, --shared); otherwise the
// document sits beside it. On failure, the message says what was looked for.
std::variant<fs::path, std::string> document_for(const fs::path& label_file, const GoldLabels& labels,
                                                 const EvalOptions& options) {
  if (labels.document.empty()) {
    if (auto beside = document_beside(label_file, options.prefer)) return *beside;
    return std::string("no document beside the label file");
  }
  const fs::path root(options.documents_root);
  if (!fs::is_directory(root)) {
    return "names \"" + labels.document + "\" under the documents root " + options.documents_root +
           ", which is not a directory (give --shared DIR)";
  }
  fs::path candidate = root / labels.document;
  if (fs::is_regular_file(candidate)) return candidate;
  return "names \"" + labels.document + "\", which is not a file under " + options.documents_root;
}

std::optional<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

ExitCode run_eval(const EvalOptions& options) {
  std::vector<fs::path> label_files;
  for (const std::string& directory : options.directories) {
    if (!fs::is_directory(directory)) {
      std::cerr << "clausecheck: error: " << directory << ": not a directory\n";
      return ExitCode::usage_or_input_error;
    }
    std::vector<fs::path> found = find_label_files(directory);
    if (found.empty()) {
      std::cerr << "clausecheck: error: " << directory << ": no *.labels.json files found\n";
      return ExitCode::usage_or_input_error;
    }
    label_files.insert(label_files.end(), found.begin(), found.end());
  }
  // A directory given twice, or inside another, must not count its documents twice.
  std::sort(label_files.begin(), label_files.end());
  label_files.erase(std::unique(label_files.begin(), label_files.end(),
                                [](const fs::path& a, const fs::path& b) {
                                  std::error_code ignored;
                                  return fs::equivalent(a, b, ignored);
                                }),
                    label_files.end());
  auto pack = load_rule_pack(options.rule_paths, false);
  if (!pack) return ExitCode::usage_or_input_error;
  Evaluation evaluation;
  bool input_error = false;
  for (const fs::path& label_file : label_files) {
    const std::string label_path = label_file.string();
    auto text = read_text(label_file);
    if (!text) {
      std::cerr << "clausecheck: error: " << label_path << ": cannot read\n";
      input_error = true;
      continue;
    }
    auto gold = parse_gold_labels(label_path, *text);
    if (auto* error = std::get_if<std::string>(&gold)) {
      std::cerr << "clausecheck: error: " << *error << "\n";
      input_error = true;
      continue;
    }
    const GoldLabels& labels = std::get<GoldLabels>(gold);
    auto document_path = document_for(label_file, labels, options);
    if (auto* problem = std::get_if<std::string>(&document_path)) {
      if (labels.document.empty()) {
        // A labelled document that is not there is scored: all its labels are misses.
        score_unreadable_document(evaluation, label_path, labels, label_path + ": " + *problem);
      } else {
        // A documents root that is missing or wrong is a usage problem: say so and fail.
        std::cerr << "clausecheck: error: " << label_path << ": " << *problem << "\n";
        input_error = true;
      }
      continue;
    }
    const std::string path = std::get<fs::path>(document_path).string();
    // The same road as `scan`, with its time and memory budgets: a document over them is
    // scored like an unreadable one.
    PipelineOptions pipeline;
    if (options.labelled_provider) pipeline.analysis.provider = labelled_party_name(labels.facts.provider);
    ScanOutcome outcome = scan_file(path, *pack, pipeline);
    if (auto* error = std::get_if<InputError>(&outcome)) {
      score_unreadable_document(evaluation, path, labels, error->describe());
      continue;
    }
    const ScannedDocument& scanned = std::get<ScannedDocument>(outcome);
    score_document(evaluation, path, labels, scanned.analysed, scanned.findings);
  }

  std::cout << (options.json ? write_evaluation_json(evaluation) : write_evaluation_text(evaluation));
  if (input_error) return ExitCode::usage_or_input_error;

  const TypeScore overall = evaluation.overall();
  bool below = false;
  if (overall.precision() < options.min_precision) {
    std::cerr << "clausecheck: eval: precision " << overall.precision() << " is below " << options.min_precision << "\n";
    below = true;
  }
  if (overall.recall() < options.min_recall) {
    std::cerr << "clausecheck: eval: recall " << overall.recall() << " is below " << options.min_recall << "\n";
    below = true;
  }
  for (const std::string& type : evaluation.types_below_recall(options.min_type_recall, options.min_type_labels)) {
    std::cerr << "clausecheck: eval: recall of " << type << " is " << evaluation.by_type.at(type).recall()
              << ", below " << options.min_type_recall << "\n";
    below = true;
  }
  return below ? ExitCode::findings_at_threshold : ExitCode::ok;
}

}  // namespace

void register_eval_command(CLI::App& app, ExitCode& exit_code) {
  auto* cmd = app.add_subcommand("eval", "Score a rule pack's precision and recall on labelled documents");
  auto options = std::make_shared<EvalOptions>();
  cmd->add_option("DIR", options->directories, "directories searched recursively for NAME.labels.json files")
      ->required();
  cmd->add_option("--shared", options->documents_root,
                  "documents root for label files that name their \"document\" (real contracts kept outside the "
                  "repository)")
      ->capture_default_str();
  cmd->add_option("--rules", options->rule_paths, "rule files or directories (default: the bundled pack)");
  cmd->add_flag("--json", options->json, "write the evaluation as JSON");
  cmd->add_flag("--labelled-provider", options->labelled_provider,
                "read each document with the provider its label file names (as --provider), to measure the rules with the roles right");
  cmd->add_option("--prefer", options->prefer, "rendering to score when several exist beside a label file")
      ->check(CLI::IsMember({"pdf", "docx", "doc", "md", "txt"}))
      ->capture_default_str();
  cmd->add_option("--min-precision", options->min_precision, "exit 1 when overall precision is below this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-recall", options->min_recall, "exit 1 when overall recall is below this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-type-recall", options->min_type_recall,
                  "exit 1 when any type with at least --min-type-labels labels has a recall below this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-type-labels", options->min_type_labels, "labels a type needs before --min-type-recall applies")
      ->capture_default_str();
  cmd->callback([options, &exit_code] { exit_code = run_eval(*options); });
}

}  // namespace clausecheck::cli

// What the fuzz targets of the front end's own readers do with one input, shared with
// tests/fuzz_regressions_test.cpp as fuzz_inputs.h is:
//  - read_upload: bytes uploaded to `serve` as "bundle.zip", opened in memory by the triage
//    upload handler (cli/web/uploaded_documents.cpp), each document in it then read as a
//    user's file would be;
//  - read_labels: a gold-label file for `eval` (cli/gold_labels.cpp).
// The multipart body itself is split by cpp-httplib before our code sees it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "fuzz_inputs.h"
#include "gold_labels.h"
#include "web/uploaded_documents.h"

namespace clausecheck::fuzz {

inline void read_upload(std::string_view bytes) {
  std::vector<cli::web::UploadedFile> files;
  files.push_back({"bundle.zip", std::string(bytes)});
  auto expanded = cli::web::expand_uploads(std::move(files), ParseLimits{}, 100);
  if (auto* documents = std::get_if<std::vector<cli::web::UploadedDocument>>(&expanded)) {
    for (const auto& document : *documents) {
      if (!document.refused) read_like_a_user(document.name, document.bytes);
    }
  }
}

inline void read_labels(std::string_view text) {
  (void)cli::parse_gold_labels("contract.labels.json", std::string(text));
}

}  // namespace clausecheck::fuzz

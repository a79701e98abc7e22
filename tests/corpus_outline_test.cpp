// The outline of real UK public-sector contracts, as a reader sees it.
//
// Every label, heading and start page below was checked by hand against the document
// (pdftotext -layout -f N -l N FILE for PDFs; Word's page for DOCX). The PDF and DOCX of the
// same CCS schedule must give the same outline. Headings are compared without case: Word
// stores "key Subcontractors" and shows it in small capitals.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clausecheck/parsers.h"
#include "clausecheck/structure.h"
#include "clausecheck/text.h"

namespace clausecheck {
namespace {

struct Parsed {
  Document document;
  DocumentStructure structure;
};

Parsed parse(const std::string& relative) {
  const std::string path = std::string(CLAUSECHECK_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing fixture " << path;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ParseResult result = parse_document(relative, bytes);
  Parsed parsed;
  if (const auto* error = std::get_if<InputError>(&result)) {
    ADD_FAILURE() << error->describe();
    return parsed;
  }
  parsed.document = std::get<Document>(std::move(result));
  parsed.structure = recover_structure(parsed.document, normalise(parsed.document));
  return parsed;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// One line per node down to `max_depth`: "label | heading | page".
std::vector<std::string> outline(const DocumentStructure& s, int max_depth) {
  std::vector<std::string> out;
  for (const Clause& c : s.clauses) {
    if (c.depth > max_depth) continue;
    out.push_back(std::string(static_cast<std::size_t>(c.depth) * 2, ' ') + c.label + " | " + lower(c.heading) +
                  " | " + std::to_string(c.page_start));
  }
  return out;
}

using Strings = std::vector<std::string>;

const Strings joint_schedule_3 = {
    "Joint Schedule 3 | insurance requirements | 2",
    "  1 | obligation to maintain insurances | 2",
    "  2 | general obligations | 2",
    "  3 | failure to insure | 2",
    "  4 | evidence of policies | 3",
    "  5 | aggregate limit of indemnity | 3",
    "  6 | cancellation | 3",
    "  7 | insurance claims | 3",
    "  Annex | required insurances | 5",
};

const Strings call_off_schedule_6 = {
    "Call-Off Schedule 6 | tupe surcharge | 2",
    "  1 | direct award tupe risk premium | 3",
    "  2 | employer pensions contribution cap & other pension cost | 3",
    "  3 | cost of change | 4",
};

TEST(CorpusOutline, JointSchedule3Pdf_ClausesHeadingsAndPages) {
  Parsed p = parse("tests/fixtures/pdf/Joint Schedule 3 - Insurance Requirements (DA) v3.0.pdf");
  EXPECT_EQ(outline(p.structure, 1), joint_schedule_3);
  EXPECT_EQ(p.structure.find_citation("Joint Schedule 3, 7.4") >= 0, true);
  EXPECT_EQ(p.structure.clauses[static_cast<std::size_t>(p.structure.find_citation("Joint Schedule 3, 1.2"))].page_start, 2);
}

TEST(CorpusOutline, JointSchedule3Docx_ClausesHeadingsAndPages) {
  Parsed p = parse("tests/fixtures/docx/Joint Schedule 3 - Insurance Requirements (DA).docx");
  EXPECT_EQ(outline(p.structure, 1), joint_schedule_3);
}

TEST(CorpusOutline, CallOffSchedule6Pdf_ClausesHeadingsAndPages) {
  Parsed p = parse("tests/fixtures/pdf/Call-Off Schedule 6 - TUPE Surcharge (DA) v3.0.pdf");
  EXPECT_EQ(outline(p.structure, 1), call_off_schedule_6);
  // The definitions table before clause 1 builds no clauses but gives its terms.
  EXPECT_GE(p.structure.definitions.size(), 5u);
}

TEST(CorpusOutline, CallOffSchedule6Docx_ClausesHeadingsAndPages) {
  Parsed p = parse("tests/fixtures/docx/Call-Off Schedule 6 - TUPE Surcharge (DA).docx");
  EXPECT_EQ(outline(p.structure, 1), call_off_schedule_6);
}

TEST(CorpusOutline, PdfAndDocxOfTheSameSchedule_GiveTheSameNumbering) {
  for (const auto& [pdf, docx] : std::vector<std::pair<std::string, std::string>>{
           {"tests/fixtures/pdf/Joint Schedule 3 - Insurance Requirements (DA) v3.0.pdf",
            "tests/fixtures/docx/Joint Schedule 3 - Insurance Requirements (DA).docx"},
           {"tests/fixtures/pdf/Call-Off Schedule 6 - TUPE Surcharge (DA) v3.0.pdf",
            "tests/fixtures/docx/Call-Off Schedule 6 - TUPE Surcharge (DA).docx"}}) {
    Parsed a = parse(pdf);
    Parsed b = parse(docx);
    // Every numbered paragraph down to 1.1.1, in order, with the same citation.
    auto numbered = [](const DocumentStructure& s) {
      Strings out;
      for (const Clause& c : s.clauses) {
        if (c.kind == ClauseKind::numbered || c.kind == ClauseKind::part) out.push_back(c.citation);
      }
      return out;
    };
    EXPECT_EQ(numbered(a.structure), numbered(b.structure)) << pdf;
  }
}

TEST(CorpusOutline, GCloud8FrameworkPdf_SectionsAndSchedules) {
  Parsed p = parse("corpus/public/g-cloud-8-framework-agreement.pdf");
  EXPECT_EQ(outline(p.structure, 0), (Strings{
                                          "Section 1 | the appointment | 3",
                                          "Section 2 | services offered | 4",
                                          "Section 3 | how services will be bought | 6",
                                          "Section 4 | how services will be delivered | 8",
                                          "Section 5 | what happens if the supplier fails to meet the terms of this "
                                          "framework agreement | 10",
                                          "Section 6 | what you report to ccs | 12",
                                          "Section 7 | transparency and access to records | 14",
                                          "Section 8 | general governance | 17",
                                          "Section 9 | defined terms | 22",
                                          "Schedule 1 | self audit certificate | 31",
                                          "Schedule 2 | mi reporting template | 31",
                                      }));
  // The contents list on page 2 builds no clauses.
  for (const Clause& c : p.structure.clauses) EXPECT_GE(c.page_start, 3) << c.citation;
  const int appointment = p.structure.find_citation("1.1");
  ASSERT_GE(appointment, 0);
  EXPECT_EQ(p.structure.clauses[static_cast<std::size_t>(appointment)].heading, "Appointment");
}

TEST(CorpusOutline, ExitManagementSchedulePdf_TopLevelClauses) {
  // Call-Off Schedule 10 (Exit Management): its title on page 1 is also its running header.
  Parsed p = parse("corpus/public/schedule29.pdf");
  EXPECT_EQ(outline(p.structure, 1), (Strings{
                                          "Call-Off Schedule 10 | exit management | 1",
                                          "  1 | definitions | 1",
                                          "  2 | supplier must always be prepared for contract exit | 2",
                                          "  3 | assisting re-competition for deliverables | 3",
                                          "  4 | exit plan | 3",
                                          "  5 | termination assistance | 5",
                                          "  6 | termination assistance period | 5",
                                          "  7 | obligations when the contract is terminated | 6",
                                          "  8 | assets, sub-contracts and software | 7",
                                          "  9 | no charges | 8",
                                          "  10 | dividing the bills | 9",
                                      }));
  // The clauses the corpus labels cite exist.
  for (const char* citation : {"Call-Off Schedule 10, 5.1.2", "Call-Off Schedule 10, 5.2", "Call-Off Schedule 10, 9.1"}) {
    EXPECT_GE(p.structure.find_citation(citation), 0) << citation;
  }
}

TEST(CorpusOutline, RunningHeadersAndPageNumbers_StayOutOfClauseText) {
  for (const std::string& file : {std::string("tests/fixtures/pdf/Joint Schedule 3 - Insurance Requirements (DA) v3.0.pdf"),
                                  std::string("corpus/public/schedule29.pdf")}) {
    Parsed p = parse(file);
    for (const Clause& c : p.structure.clauses) {
      const std::string_view text = std::string_view(p.document.text).substr(c.begin, c.body_end - c.begin);
      EXPECT_EQ(text.find("Crown Copyright"), std::string_view::npos) << file << " " << c.citation;
      EXPECT_EQ(text.find("Ref: RM3830"), std::string_view::npos) << file << " " << c.citation;
    }
  }
}

}  // namespace
}  // namespace clausecheck

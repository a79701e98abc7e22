// parse_docx: a DOCX (Office Open XML word-processing package) into a Document.
//
// The package is a zip (ZipArchive, bounded by ParseLimits). The main part is found
// through _rels/.rels (officeDocument), its styles, numbering, footnotes and endnotes
// through the main part's relationships, falling back to the usual word/... names. Each
// XML part is parsed once with pugixml (which never fetches external entities) and then
// read by DocxStyles, NumberingDefinitions and DocxBodyReader. Headers and footers are
// not read (they are the running text a PDF parser has to strip), nor are comments; a page
// number in the body (a PAGE field, "Page 3 of 12" typed) is left out and counted.
//
// Failures: a file that is not a zip or is truncated, a missing or malformed main part
// are InputErrorKind::corrupt ("DOCX is damaged: word/document.xml is missing"); an
// expansion over the limits is too_large; an encrypted entry is encrypted. A malformed
// optional part (styles, numbering, notes) does not lose the contract: it is skipped with
// a warning saying what is missing as a result. Nothing is thrown out of parse_docx.
#include <pugixml.hpp>

#include <algorithm>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "docx_body_reader.h"
#include "docx_numbering.h"
#include "docx_styles.h"
#include "format_parsers.h"
#include "zip_archive.h"

namespace clausecheck {
namespace {

// A parsed XML part; the document points into `bytes`, parsed in place.
struct XmlPart {
  std::string bytes;
  pugi::xml_document xml;
};

std::string_view prefix_for(InputErrorKind kind) {
  switch (kind) {
    case InputErrorKind::too_large: return "DOCX is too large: ";
    case InputErrorKind::encrypted: return "DOCX is encrypted: ";
    default: return "DOCX is damaged: ";
  }
}

InputError input_error(std::string_view path, const ZipFailure& failure) {
  return InputError{std::string(path), failure.kind, std::string(prefix_for(failure.kind)) + failure.message};
}

// Reads and parses `name`. On failure returns the failure; a well-formedness error says
// where in the part it is.
std::variant<std::unique_ptr<XmlPart>, ZipFailure> load_part(ZipArchive& archive, const std::string& name) {
  auto read = archive.read(name);
  if (auto* failure = std::get_if<ZipFailure>(&read)) return *failure;
  auto part = std::make_unique<XmlPart>();
  part->bytes = std::move(std::get<std::string>(read));
  // parse_ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>: a lone space is text.
  pugi::xml_parse_result result =
      part->xml.load_buffer_inplace(part->bytes.data(), part->bytes.size(),
                                    pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
  if (!result) {
    return ZipFailure{InputErrorKind::corrupt, name + " is not well-formed XML (" + result.description() +
                                                   " at byte " + std::to_string(result.offset) + ")"};
  }
  return part;
}

// Part names in relationships are relative to the source part's folder ("styles.xml"
// from word/document.xml) or absolute ("/word/styles.xml").
std::string resolve_target(std::string_view source_folder, std::string_view target) {
  std::string path;
  if (!target.empty() && target.front() == '/') {
    target.remove_prefix(1);
  } else {
    path = source_folder;
  }
  while (!target.empty()) {
    std::size_t slash = target.find('/');
    std::string_view segment = target.substr(0, slash);
    if (segment == "..") {
      if (!path.empty()) path.pop_back();  // the trailing '/'
      path.erase(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    } else if (!segment.empty() && segment != ".") {
      path += segment;
      if (slash != std::string_view::npos) path += '/';
    }
    if (slash == std::string_view::npos) break;
    target.remove_prefix(slash + 1);
  }
  return path;
}

std::string folder_of(std::string_view part) {
  std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// Targets of the relationships in `rels_name` whose type ends with "/<type>", or the
// fallback when the relationship part is absent or names none.
class Relationships {
 public:
  Relationships(ZipArchive& archive, const std::string& rels_name, std::string source_folder)
      : source_folder_(std::move(source_folder)) {
    if (!archive.contains(rels_name)) return;
    auto loaded = load_part(archive, rels_name);
    if (auto* part = std::get_if<std::unique_ptr<XmlPart>>(&loaded)) rels_ = std::move(*part);
  }

  std::string target(std::string_view type, std::string fallback) const {
    if (!rels_) return fallback;
    for (pugi::xml_node relation : rels_->xml.document_element().children()) {
      std::string_view relation_type = relation.attribute("Type").value();
      std::string_view mode = relation.attribute("TargetMode").value();
      if (mode == "External" || relation_type.size() <= type.size() + 1) continue;
      if (relation_type.substr(relation_type.size() - type.size()) == type &&
          relation_type[relation_type.size() - type.size() - 1] == '/') {
        return resolve_target(source_folder_, relation.attribute("Target").value());
      }
    }
    return fallback;
  }

 private:
  std::string source_folder_;
  std::unique_ptr<XmlPart> rels_;
};

int pages_from_app_properties(ZipArchive& archive) {
  const std::string name = "docProps/app.xml";
  if (!archive.contains(name)) return 0;
  auto loaded = load_part(archive, name);
  auto* part = std::get_if<std::unique_ptr<XmlPart>>(&loaded);
  if (part == nullptr) return 0;
  for (pugi::xml_node child : (*part)->xml.document_element().children()) {
    std::string_view child_name = child.name();
    if (child_name == "Pages" || (child_name.size() > 6 && child_name.substr(child_name.size() - 6) == ":Pages")) {
      return docx::int_value(child.text().get(), 0);
    }
  }
  return 0;
}

// Loads an optional part: absent is fine, unreadable adds a warning naming what is lost.
std::unique_ptr<XmlPart> load_optional(ZipArchive& archive, const std::string& name, std::string_view lost,
                                       DocumentBuilder& builder, std::optional<InputError>& fatal,
                                       std::string_view path) {
  if (!archive.contains(name)) return nullptr;
  auto loaded = load_part(archive, name);
  if (auto* failure = std::get_if<ZipFailure>(&loaded)) {
    if (failure->kind == InputErrorKind::too_large || failure->kind == InputErrorKind::encrypted) {
      fatal = input_error(path, *failure);
    } else {
      builder.add_warning(Warning{"unreadable-part", failure->message + "; " + std::string(lost), 0});
    }
    return nullptr;
  }
  return std::move(std::get<std::unique_ptr<XmlPart>>(loaded));
}

// True when some element under `root` is more than `limit` levels below it. Iterative: a
// part may nest a million elements.
bool nests_deeper_than(pugi::xml_node root, int limit) {
  int depth = 0;
  for (pugi::xml_node node = root.first_child(); node;) {
    if (node.first_child()) {
      node = node.first_child();
      if (++depth > limit) return true;
      continue;
    }
    while (node && !node.next_sibling() && node != root) {
      node = node.parent();
      --depth;
    }
    if (!node || node == root) break;
    node = node.next_sibling();
  }
  return false;
}

ParseResult parse_docx_package(std::string_view path, std::string_view bytes, const ParseLimits& limits) {
  auto opened = ZipArchive::open(bytes, limits);
  if (auto* failure = std::get_if<ZipFailure>(&opened)) return input_error(path, *failure);
  ZipArchive& archive = std::get<ZipArchive>(opened);

  const Relationships package(archive, "_rels/.rels", "");
  const std::string main_name = package.target("officeDocument", "word/document.xml");
  if (!archive.contains(main_name)) {
    return InputError{std::string(path), InputErrorKind::corrupt, "DOCX is damaged: " + main_name + " is missing"};
  }
  const std::string main_folder = folder_of(main_name);
  const std::string main_file = main_name.substr(main_folder.size());
  const Relationships related(archive, main_folder + "_rels/" + main_file + ".rels", main_folder);

  DocumentBuilder builder(std::string(path), DocumentFormat::docx);
  std::optional<InputError> fatal;
  auto styles_part = load_optional(archive, related.target("styles", main_folder + "styles.xml"),
                                   "headings are not recognised by style", builder, fatal, path);
  if (fatal) return *fatal;
  auto numbering_part = load_optional(archive, related.target("numbering", main_folder + "numbering.xml"),
                                      "automatic clause numbers are missing", builder, fatal, path);
  if (fatal) return *fatal;

  auto main = load_part(archive, main_name);
  if (auto* failure = std::get_if<ZipFailure>(&main)) return input_error(path, *failure);
  const XmlPart& document_part = *std::get<std::unique_ptr<XmlPart>>(main);

  auto footnotes_part = load_optional(archive, related.target("footnotes", main_folder + "footnotes.xml"),
                                      "footnotes are missing", builder, fatal, path);
  if (fatal) return *fatal;
  auto endnotes_part = load_optional(archive, related.target("endnotes", main_folder + "endnotes.xml"),
                                     "endnotes are missing", builder, fatal, path);
  if (fatal) return *fatal;

  static const pugi::xml_document kEmpty;
  const docx::DocxStyles styles(styles_part ? styles_part->xml : kEmpty);
  const docx::NumberingDefinitions numbering(numbering_part ? numbering_part->xml : kEmpty, styles);
  docx::DocxBodyReader reader(styles, numbering, builder);

  pugi::xml_node root = document_part.xml.document_element();
  if (!docx::WordNames(root).is(root, "document") || !docx::WordNames(root).child(root, "body")) {
    return InputError{std::string(path), InputErrorKind::corrupt,
                      "DOCX is damaged: " + main_name + " has no document body"};
  }
  reader.read_document(document_part.xml);
  if (footnotes_part) reader.read_notes(footnotes_part->xml, docx::NoteKind::footnote);
  if (endnotes_part) reader.read_notes(endnotes_part->xml, docx::NoteKind::endnote);

  if (builder.peek().blocks.empty()) {
    // Text only below the nesting limit (a hostile file nests a million elements) is not
    // "no text": say why nothing could be read.
    if (reader.too_deep() || nests_deeper_than(root, docx::DocxBodyReader::max_nesting)) {
      return InputError{std::string(path), InputErrorKind::corrupt,
                        "DOCX cannot be read: " + main_name + " nests its elements more than " +
                            std::to_string(docx::DocxBodyReader::max_nesting) +
                            " levels deep, which Word never writes (the file is damaged or was made to break readers)"};
    }
    return InputError{std::string(path), InputErrorKind::empty, "DOCX file contains no text"};
  }
  // Page numbers typed or fielded into the body are furniture: counted, not warned.
  builder.set_running_lines_removed(reader.page_furniture_removed());
  if (reader.too_deep()) {
    builder.add_warning(Warning{"unreadable-part",
                                "some content is nested too deeply to be read and was skipped", 0});
  }
  if (int embedded = reader.unread_embedded_parts(); embedded > 0) {
    builder.add_warning(Warning{"unreadable-part",
                                "the document imports " + std::to_string(embedded) +
                                    " embedded or linked document part(s) (w:altChunk, w:subDoc) whose text was not read",
                                0});
  }
  if (int changes = reader.tracked_changes(); changes > 0) {
    builder.add_warning(Warning{"tracked-changes",
                                "the document has " + std::to_string(changes) +
                                    " unaccepted tracked changes; read as if all were accepted",
                                0});
  }
  // docProps/app.xml records the page count of Word's last layout, which sees breaks
  // our estimate cannot (pages that fill up without a mark); the larger figure wins. A
  // figure over the page limit is not believed.
  int recorded_pages = pages_from_app_properties(archive);
  if (recorded_pages > limits.max_pages) recorded_pages = 0;
  builder.set_page_count(std::max(reader.last_page(), recorded_pages));
  return std::move(builder).finish();
}

}  // namespace

ParseResult parse_docx(std::string_view path, std::string_view bytes, const ParseLimits& limits) {
  try {
    return parse_docx_package(path, bytes, limits);
  } catch (const std::bad_alloc&) {
    return InputError{std::string(path), InputErrorKind::too_large, "DOCX is too large: not enough memory to read it"};
  } catch (const std::exception& error) {
    return InputError{std::string(path), InputErrorKind::corrupt, std::string("DOCX is damaged: ") + error.what()};
  }
}

}  // namespace clausecheck

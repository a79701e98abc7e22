// Format detection from the content, never from the file name: a contract mailed as
// "contract.pdf" may well be a DOCX, and a renamed PNG must not reach Poppler as a PDF.
#include "format_detection.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

#include "clausecheck/ascii_case.h"
#include "clausecheck/parsers.h"

namespace clausecheck {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view kCfbSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv;
constexpr std::string_view kZipLocalHeader = "PK\x03\x04"sv;
constexpr std::string_view kZipEmptyArchive = "PK\x05\x06"sv;

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.starts_with(prefix); }

// UTF-16LE spelling of an ASCII name, as CFB directory entries store stream names.
std::string utf16le(std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return wide;
}

bool cfb_has_stream(std::string_view bytes, std::string_view name) {
  return bytes.find(utf16le(name)) != std::string_view::npos;
}

std::string_view extension_of(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view{} : name.substr(dot);
}

// The names of a zip's entries. libzip reads the central directory; when it cannot (a
// truncated or damaged archive) the local file headers' names are scanned instead, so a
// damaged DOCX is still recognised as a DOCX and reported as damaged.
struct ZipNames {
  bool readable = false;
  bool has_word_document = false;
  bool has_prefix_xl = false;
  bool has_prefix_ppt = false;
  bool has_odf_mimetype = false;
  bool has_epub_mimetype = false;
};

ZipNames zip_names(std::string_view bytes) {
  ZipNames names;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (archive == nullptr) {
    if (source) zip_source_free(source);
    zip_error_fini(&error);
    names.has_word_document = bytes.find("word/document.xml") != std::string_view::npos;
    names.has_prefix_xl = bytes.find("xl/workbook.xml") != std::string_view::npos;
    names.has_prefix_ppt = bytes.find("ppt/presentation.xml") != std::string_view::npos;
    names.has_odf_mimetype = bytes.find("application/vnd.oasis.opendocument") != std::string_view::npos;
    return names;
  }
  zip_error_fini(&error);
  names.readable = true;
  names.has_word_document = zip_name_locate(archive, "word/document.xml", 0) >= 0;
  names.has_prefix_xl = zip_name_locate(archive, "xl/workbook.xml", 0) >= 0;
  names.has_prefix_ppt = zip_name_locate(archive, "ppt/presentation.xml", 0) >= 0;
  // OpenDocument and EPUB store their type uncompressed as the first entry "mimetype".
  bool has_mimetype = zip_name_locate(archive, "mimetype", 0) >= 0;
  names.has_odf_mimetype = has_mimetype && bytes.find("application/vnd.oasis.opendocument") != std::string_view::npos;
  names.has_epub_mimetype = has_mimetype && bytes.find("application/epub+zip") != std::string_view::npos;
  zip_discard(archive);  // also frees the source
  return names;
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) length = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0) length = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0) length = 4, min = 0x10000;
    else return false;
    if (i + length > n) return false;
    std::uint32_t code = c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      auto cc = static_cast<unsigned char>(bytes[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      code = (code << 6) | (cc & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

// Control characters other than tab, newline, form feed and carriage return do not occur
// in text files; NUL in particular marks binary data (or UTF-16 without a BOM).
bool has_binary_controls(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
  });
}

bool mostly_ascii(std::string_view bytes) {
  auto high = std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return static_cast<std::size_t>(high) * 10 <= bytes.size();
}

// Markdown that cannot be mistaken for a plain contract: ATX headings ("# Title") on at
// least two lines, or one heading with emphasis, links or a code fence.
bool looks_like_markdown(std::string_view text) {
  int headings = 0;
  bool other_markup = text.find("**") != std::string_view::npos ||
                      text.find("](") != std::string_view::npos ||
                      text.find("\n```") != std::string_view::npos || text.find("\n---\n") != std::string_view::npos;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::size_t hashes = 0;
    while (hashes < line.size() && hashes < 7 && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') ++headings;
    start = end + 1;
  }
  return headings >= 2 || (headings == 1 && other_markup);
}

// "%PDF-1.x" or "%PDF-2.x" in the first KiB (readers accept a little junk before it, as
// some mail gateways add), at the start of a line: a text file that merely mentions the
// header, like a script that writes PDFs, is not a PDF.
bool has_pdf_header(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  for (std::size_t at = head.find("%PDF-"); at != std::string_view::npos; at = head.find("%PDF-", at + 1)) {
    bool line_start = at == 0 || head[at - 1] == '\n' || head[at - 1] == '\r';
    bool version = at + 6 < bytes.size() && (bytes[at + 5] == '1' || bytes[at + 5] == '2') && bytes[at + 6] == '.';
    if (line_start && version) return true;
  }
  return false;
}

}  // namespace

bool is_encrypted_office_file(std::string_view bytes) {
  return starts_with(bytes, kCfbSignature) && cfb_has_stream(bytes, "EncryptedPackage");
}

DetectedFormat detect_format(std::string_view bytes, std::string_view path) {
  if (has_pdf_header(bytes)) return DetectedFormat::pdf;
  if (starts_with(bytes, kZipLocalHeader) || starts_with(bytes, kZipEmptyArchive)) {
    return zip_names(bytes).has_word_document ? DetectedFormat::docx : DetectedFormat::other_zip;
  }
  if (starts_with(bytes, kCfbSignature)) {
    return cfb_has_stream(bytes, "WordDocument") ? DetectedFormat::legacy_doc : DetectedFormat::other_binary;
  }
  // RTF and PostScript are ASCII but not contracts' text: they would come out as markup.
  if (starts_with(bytes, "{\\rtf") || starts_with(bytes, "%!PS")) return DetectedFormat::other_binary;

  std::string_view text = bytes;
  bool utf16 = starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF");
  if (!utf16) {
    if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    if (has_binary_controls(text)) return DetectedFormat::other_binary;
    // Not UTF-8 but plainly text (old editors save Windows-1252): the text parser decodes it
    // and warns that the encoding was a guess. Mostly non-ASCII bytes without a valid
    // encoding is not text.
    if (!is_valid_utf8(text) && !mostly_ascii(text)) return DetectedFormat::other_binary;
  }
  std::string extension = ascii_lower(extension_of(path));
  if (extension == ".md" || extension == ".markdown") return DetectedFormat::markdown;
  // UTF-16 is left to the text parser to decode; sniffing Markdown in it is not worth it.
  if (!utf16 && looks_like_markdown(text)) return DetectedFormat::markdown;
  return DetectedFormat::text;
}

std::string describe_unsupported_content(std::string_view bytes) {
  struct Magic {
    std::string_view prefix;
    std::string_view what;
  };
  static constexpr std::array<Magic, 14> kMagic{{
      {"\x89PNG\r\n\x1A\n"sv, "a PNG image"},
      {"\xFF\xD8\xFF"sv, "a JPEG image"},
      {"GIF87a"sv, "a GIF image"},
      {"GIF89a"sv, "a GIF image"},
      {"II*\0"sv, "a TIFF image"},
      {"MM\0*"sv, "a TIFF image"},
      {"{\\rtf"sv, "an RTF document; save it as DOCX or PDF"},
      {"%!PS"sv, "a PostScript file; print it to PDF"},
      {"\x1F\x8B"sv, "a gzip archive"},
      {"7z\xBC\xAF\x27\x1C"sv, "a 7-Zip archive"},
      {"Rar!"sv, "a RAR archive"},
      {"\x7F" "ELF"sv, "a program (ELF executable)"},
      {"SQLite format 3"sv, "an SQLite database"},
      {"\x00\x00\x01\x00"sv, "an icon image"},
  }};
  for (const Magic& magic : kMagic) {
    if (starts_with(bytes, magic.prefix)) return std::string(magic.what);
  }
  // substr() past the end throws: a 1-byte or a 6-byte "RIFF.." file must be described, not crash.
  if (starts_with(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") return "a WebP image";
  if (bytes.size() >= 8 && bytes.substr(4, 4) == "ftyp") return "a video or HEIC image";
  if (starts_with(bytes, kZipLocalHeader) || starts_with(bytes, kZipEmptyArchive)) {
    ZipNames names = zip_names(bytes);
    if (names.has_prefix_xl) return "an Excel spreadsheet (.xlsx)";
    if (names.has_prefix_ppt) return "a PowerPoint presentation (.pptx)";
    if (names.has_odf_mimetype) return "an OpenDocument file (.odt/.ods); save it as DOCX or PDF";
    if (names.has_epub_mimetype) return "an EPUB e-book";
    return names.readable ? "a zip archive that is not a Word document" : "a damaged zip archive";
  }
  if (starts_with(bytes, kCfbSignature)) {
    if (cfb_has_stream(bytes, "Workbook") || cfb_has_stream(bytes, "Book")) return "a legacy Excel .xls spreadsheet";
    if (cfb_has_stream(bytes, "PowerPoint Document")) return "a legacy PowerPoint .ppt presentation";
    return "a Microsoft Office compound file that is not a Word document";
  }
  if (!has_binary_controls(bytes) && !is_valid_utf8(bytes)) {
    return "a text file in an unknown encoding; save it as UTF-8";
  }
  return {};
}

std::string claimed_format_of_path(std::string_view path) {
  std::string extension = ascii_lower(extension_of(path));
  if (extension == ".pdf") return "PDF";
  if (extension == ".docx" || extension == ".docm") return "DOCX";
  if (extension == ".doc") return "Word .doc";
  if (extension == ".txt" || extension == ".text") return "text";
  if (extension == ".md" || extension == ".markdown") return "Markdown";
  return {};
}

}  // namespace clausecheck

// Content sniffing beyond detect_format(): what the dispatcher needs to name a problem.
#pragma once

#include <string>
#include <string_view>

namespace clausecheck {

// True for an OLE compound file (CFB) whose directory holds an "EncryptedPackage" stream:
// what Word, Excel and PowerPoint write for a password-protected .docx/.xlsx/.pptx.
bool is_encrypted_office_file(std::string_view bytes);

// What a file we do not read looks like, for the message: "a PNG image", "an Excel
// spreadsheet (.xlsx)", "a text file that is not UTF-8 …". Empty when unknown.
std::string describe_unsupported_content(std::string_view bytes);

// The format a file name claims by its extension ("PDF", "DOCX", "Word .doc", "text",
// "Markdown"), or empty when the extension claims nothing we know.
std::string claimed_format_of_path(std::string_view path);

}  // namespace clausecheck

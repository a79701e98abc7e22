// Writing JSON text fast, byte for byte as nlohmann's `dump(2)` writes it (with invalid
// UTF-8 replaced by U+FFFD, ensure_ascii off). The report of a 40 MB contract is 200 MB of
// JSON, almost all of it clause text inside strings; nlohmann escapes a string one byte at
// a time through its UTF-8 decoder, which took about 2 s of the 40 MB contract's scan. Here a
// run of bytes that need no escaping is found first and copied at once.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace clausecheck {

// Appends `text` as a JSON string, quotes included: the bytes nlohmann writes for it.
void append_json_string(std::string& out, std::string_view text);

// Appends `value` as `value.dump(2, ' ', false, error_handler_t::replace)` writes it when
// it stands `indent` spaces deep (the indentation of the lines after its first).
void append_json_value(std::string& out, const nlohmann::ordered_json& value, unsigned indent);

}  // namespace clausecheck

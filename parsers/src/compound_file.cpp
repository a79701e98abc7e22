#include "compound_file.h"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-utils.h>

#include <memory>
#include <mutex>

namespace clausecheck {
namespace {

// libgsf's objects are GObjects: each reference is released with g_object_unref.
struct Unref {
  void operator()(void* object) const {
    if (object != nullptr) g_object_unref(object);
  }
};
template <typename T>
using GsfRef = std::unique_ptr<T, Unref>;

}  // namespace

std::variant<std::string, CompoundFileFailure> read_compound_stream(std::string_view bytes, const char* name) {
  static std::once_flag initialised;
  std::call_once(initialised, [] {
    gsf_init();
    // libgsf reports a damaged container as a GLib "critical" on stderr as well as by its
    // return value; the return value is what we act on, so the message is not printed.
    for (const char* domain : {"libgsf", "libgsf:msole"}) {
      g_log_set_handler(domain, static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK), [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {}, nullptr);
    }
  });
  // FALSE: the memory stays ours; libgsf reads it in place.
  GsfRef<GsfInput> input(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                              static_cast<gsf_off_t>(bytes.size()), FALSE));
  if (!input) return CompoundFileFailure{InputErrorKind::corrupt, "the file could not be read"};
  GError* error = nullptr;
  GsfRef<GsfInfile> container(gsf_infile_msole_new(input.get(), &error));
  if (error != nullptr) g_error_free(error);
  if (!container) {
    return CompoundFileFailure{InputErrorKind::corrupt, "the Word 97-2003 file's container is damaged"};
  }
  GsfRef<GsfInput> stream(gsf_infile_child_by_name(container.get(), name));
  if (!stream) {
    return CompoundFileFailure{InputErrorKind::corrupt, "the Word 97-2003 file is damaged or truncated: its \"" +
                                                            std::string(name) + "\" stream cannot be found"};
  }
  const gsf_off_t size = gsf_input_size(stream.get());
  // A stream lives in the file's own sectors: one larger than the file is damaged.
  if (size < 0 || static_cast<std::uint64_t>(size) > bytes.size()) {
    return CompoundFileFailure{InputErrorKind::corrupt,
                               "the Word 97-2003 file's \"" + std::string(name) + "\" stream is damaged"};
  }
  std::string out(static_cast<std::size_t>(size), '\0');
  if (size > 0 && gsf_input_read(stream.get(), static_cast<std::size_t>(size),
                                 reinterpret_cast<guint8*>(out.data())) == nullptr) {
    return CompoundFileFailure{InputErrorKind::corrupt,
                               "the Word 97-2003 file's \"" + std::string(name) + "\" stream is truncated"};
  }
  return out;
}

}  // namespace clausecheck

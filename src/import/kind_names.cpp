#include "import/kind_names.h"

#include "import/line_text.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// The kind with a tên loại whose name is the longest that `matches`.
template <class Matches>
const rules::KindInfo* longest_kind_name(Matches matches) {
  const rules::KindInfo* best = nullptr;
  size_t best_len = 0;
  for (const auto& k : rules::kinds()) {
    if (!k.has_title) continue;
    const std::string name = anchor_key(k.name);
    if (matches(name) && name.size() > best_len) {
      best = &k;
      best_len = name.size();
    }
  }
  return best;
}

}  // namespace

const rules::KindInfo* kind_named_in_caps(std::string_view line, std::string& rest) {
  if (!is_caps(line)) return nullptr;
  const std::string key = anchor_key(line);
  const rules::KindInfo* best =
      longest_kind_name([&](const std::string& name) { return key == name || starts_with(key, name + " "); });
  if (!best) return nullptr;
  // The rest, cut from the original by words.
  const size_t name_words = text::words(anchor_key(best->name)).size();
  const auto words = text::words(line);
  if (words.size() > name_words)
    rest = trim_copy(line.substr(static_cast<size_t>(words[name_words].data() - line.data())));
  else
    rest.clear();
  // "KẾ HOẠCH TỔ CHỨC …" on one line is tên loại + trích yếu; a long caps sentence
  // that merely starts like a kind is not a title.
  if (!rest.empty() && !starts_with(rest, "V/V") && !starts_with(rest, "V/v") && !starts_with(rest, "VỀ") &&
      text::words(rest).size() > 30)
    return nullptr;
  return best;
}

const rules::KindInfo* kind_named_alone(std::string_view line) {
  line = text::trim(line);
  if (line.empty() || is_caps(line)) return nullptr;
  const std::string key = anchor_key(line);
  return longest_kind_name([&](const std::string& name) { return key == name; });
}

const rules::KindInfo* kind_named_in_sentence(std::string_view line, std::string& rest) {
  line = text::trim(line);
  if (line.empty() || is_caps(line) || !starts_upper(line) ||
      std::string_view(".;:,").find(line.back()) != std::string_view::npos)
    return nullptr;
  const auto words = text::words(line);
  if (words.size() > 40) return nullptr;
  const std::string key = anchor_key(line);
  const rules::KindInfo* best =
      longest_kind_name([&](const std::string& name) { return starts_with(key, name + " "); });
  if (!best) return nullptr;
  const size_t name_words = text::words(anchor_key(best->name)).size();
  if (words.size() <= name_words) return nullptr;
  const std::string_view next = words[name_words];
  if ((next[0] >= '0' && next[0] <= '9') || anchor_key(next) == "SỐ") return nullptr;
  rest = trim_copy(line.substr(static_cast<size_t>(next.data() - line.data())));
  return best;
}

void set_document_kind(model::Document& doc, LineCursor& lines, const rules::KindInfo& kind, int line,
                       std::string_view text) {
  doc.kind = kind.id;
  lines.note(ReportEntry::Kind::Recognised, line, "kind " + kind.id, text);
}

}  // namespace vanban::import

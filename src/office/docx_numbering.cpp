#include "office/docx_numbering.h"
#include "text/numerals.h"

#include <algorithm>
#include <cstdint>

#include "office/units.h"

namespace vanban::office::docx {
namespace {

// Far beyond any list; Word's own limit on w:start is 32,767.
constexpr int kMaxStart = 32767;

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

int clamp_start(int v) { return std::clamp(v, 0, kMaxStart); }

// A bullet's character as it shows: symbol fonts (Symbol, Wingdings) keep their glyphs
// at U+F0xx, or at the Latin-1 code of the byte.
std::string bullet(std::string_view text, std::string_view font) {
  char32_t c = 0;
  int chars = 0;
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + static_cast<size_t>(len) > text.size()) return "•";
    char32_t v = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    c = v;
    ++chars;
    i += static_cast<size_t>(len);
  }
  if (chars != 1) return std::string(text);
  const bool symbol_font = font == "Symbol" || font.starts_with("Wingdings") || font == "Webdings";
  const bool pua = c >= 0xF000 && c <= 0xF0FF;
  if (!pua && !(symbol_font && c >= 0x80 && c <= 0xFF)) return std::string(text);
  const unsigned byte = c & 0xFF;
  if (font.starts_with("Wingdings")) {
    switch (byte) {
      case 0xA7:
        return "▪";
      case 0xD8:
        return "➢";
      case 0xFC:
        return "✓";
      case 0x76:
        return "❖";
      case 0x71:
        return "❑";
      case 0x6C:
        return "●";
      case 0x6E:
        return "■";
      case 0xA8:
        return "◻";
      default:
        return "•";
    }
  }
  if (byte == 0x2D) return "-";
  if (byte == 0x6F) return "o";
  return "•";  // Symbol's B7 and any other
}

Numbering::Level read_level(const pugi::xml_node& lvl) {
  Numbering::Level l;
  if (const auto f = lvl.child("w:numFmt")) l.format = f.attribute("w:val").value();
  if (const auto t = lvl.child("w:lvlText")) l.text = capped(t.attribute("w:val").value());
  if (const auto s = lvl.child("w:start"))
    l.start = clamp_start(units::integer(s.attribute("w:val").value()).value_or(0));
  if (const auto r = lvl.child("w:lvlRestart")) {
    if (const auto v = units::integer(r.attribute("w:val").value()); v && *v >= 0) l.restart = *v;
  }
  if (const auto g = lvl.child("w:isLgl")) l.legal = on(g);
  l.para = read_para_props(lvl.child("w:pPr"));
  l.font = capped(lvl.child("w:rPr").child("w:rFonts").attribute("w:ascii").value());
  return l;
}

int level_index(const pugi::xml_node& lvl) {
  const auto v = units::integer(lvl.attribute("w:ilvl").value());
  return v && *v >= 0 && *v < Numbering::kLevels ? *v : -1;
}

}  // namespace

std::string format_number(std::string_view f, int n) {
  if ((f == "upperRoman" || f == "lowerRoman") && n >= 1 && n <= 3999)
    return f == "upperRoman" ? text::roman(n) : lower(text::roman(n));
  if ((f == "upperLetter" || f == "lowerLetter") && n >= 1 && n <= 26 * 100) {
    // Word: a … z, aa … zz, aaa …
    const char letter = static_cast<char>((f == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<size_t>((n - 1) / 26 + 1), letter);
  }
  if (f == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

Numbering::Numbering(const pugi::xml_document& doc, const Styles& styles) {
  const auto root = doc.child("w:numbering");
  std::map<std::string, size_t, std::less<>> abstract_ids;
  std::vector<std::string> style_links;  // each abstract's w:numStyleLink
  for (auto a : root.children("w:abstractNum")) {
    Levels levels;
    for (auto lvl : a.children("w:lvl"))
      if (const int i = level_index(lvl); i >= 0) levels[static_cast<size_t>(i)] = read_level(lvl);
    abstract_ids[a.attribute("w:abstractNumId").value()] = abstracts_.size();  // the last definition counts
    abstracts_.push_back(levels);
    style_links.push_back(a.child("w:numStyleLink").attribute("w:val").value());
  }
  counters_.resize(abstracts_.size());
  for (auto n : root.children("w:num")) {
    const auto a = abstract_ids.find(std::string_view(n.child("w:abstractNumId").attribute("w:val").value()));
    if (a == abstract_ids.end()) continue;
    Num num;
    num.abstract = num.levels = a->second;
    for (auto o : n.children("w:lvlOverride")) {
      const int i = level_index(o);
      if (i < 0) continue;
      if (const auto s = o.child("w:startOverride"))
        num.start_override[static_cast<size_t>(i)] =
            clamp_start(units::integer(s.attribute("w:val").value()).value_or(0));
      if (const auto l = o.child("w:lvl")) num.level_override[static_cast<size_t>(i)] = read_level(l);
    }
    nums_[n.attribute("w:numId").value()] = num;
  }
  // An abstract list that links to a numbering style takes its levels from the list
  // that style names (w:numStyleLink → the style's w:numId → the w:styleLink list).
  for (auto& [id, num] : nums_) {
    for (int hops = 0; hops < 4; ++hops) {
      const std::string& link = style_links[num.levels];
      if (link.empty()) break;
      const auto* style = styles.numbering_style(link);
      if (!style || !style->para.num_id) break;
      const auto target = nums_.find(std::string_view(*style->para.num_id));
      if (target == nums_.end() || target->second.abstract == num.levels) break;
      num.levels = target->second.abstract;
    }
  }
}

const Numbering::Num* Numbering::num(std::string_view id) const {
  if (id.empty() || id == "0") return nullptr;
  const auto it = nums_.find(id);
  return it == nums_.end() ? nullptr : &it->second;
}

const Numbering::Level* Numbering::level(std::string_view num_id, int ilvl) const {
  const Num* n = num(num_id);
  if (!n || ilvl < 0 || ilvl >= kLevels) return nullptr;
  const auto i = static_cast<size_t>(ilvl);
  if (n->level_override[i]) return &*n->level_override[i];
  return &abstracts_[n->levels][i];
}

std::string Numbering::next(std::string_view num_id, int ilvl) {
  const auto it = nums_.find(num_id);
  if (!level(num_id, ilvl)) return {};
  Num& n = it->second;
  Counter& c = counters_[n.levels];
  auto level_at = [&](size_t i) -> const Level& {
    return n.level_override[i] ? *n.level_override[i] : abstracts_[n.levels][i];
  };
  auto start_of = [&](size_t i) { return n.start_override[i].value_or(level_at(i).start.value_or(0)); };
  if (!n.used) {
    // A list instance that restarts a level (w:startOverride) starts it again there.
    n.used = true;
    for (size_t i = 0; i < kLevels; ++i)
      if (n.start_override[i]) c.started[i] = false;
  }
  const auto k = static_cast<size_t>(ilvl);
  c.value[k] = c.started[k] ? std::min(c.value[k] + 1, 1 << 30) : start_of(k);
  c.started[k] = true;
  // Deeper levels start again after this one, unless their w:lvlRestart says otherwise
  // (0: never; r: after a level up to r, 1-based).
  for (size_t j = k + 1; j < kLevels; ++j) {
    const auto r = level_at(j).restart;
    if (!r || (*r != 0 && static_cast<int>(k) < *r)) c.started[j] = false;
  }
  const Level& level = level_at(k);
  if (level.format == "none") return {};
  const std::string text = level.text.value_or("");
  if (level.format == "bullet") return bullet(text, level.font);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const auto m = static_cast<size_t>(text[i + 1] - '1');
      const int value = c.started[m] ? c.value[m] : start_of(m);
      out += format_number(level.legal && m != k ? "decimal" : level_at(m).format, value);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Numbering::stated_label(const pugi::xml_node& num_pr) {
  if (!num_pr) return {};
  const std::string id = num_pr.child("w:numId").attribute("w:val").value();
  const Num* n = num(id);
  if (!n) return {};
  const auto ilvl = units::integer(num_pr.child("w:ilvl").attribute("w:val").value()).value_or(0);
  if (ilvl < 0 || ilvl >= kLevels) return {};
  const Levels& levels = abstracts_[n->abstract];
  auto start = [&](size_t i) { return levels[i].start.value_or(1); };
  auto [it, fresh] = stated_count_.try_emplace(id);
  auto& count = it->second;
  if (fresh)
    for (size_t i = 0; i < kLevels; ++i) count[i] = start(i) - 1;
  const auto k = static_cast<size_t>(ilvl);
  count[k] = std::min(count[k] + 1, 1 << 30);
  for (size_t i = k + 1; i < kLevels; ++i) count[i] = start(i) - 1;
  const Level& level = levels[k];
  if (level.format == "none") return {};
  const std::string text = level.text.value_or("%1.");
  // Bullets are points: "+" stays "+", every other mark reads as "-".
  if (level.format == "bullet") return text == "+" ? "+" : "-";
  // lvlText: "%1.", "%2)", "%1.%2." with each %n the counter of level n, in the
  // formats LibreOffice also has (1, I, i, A, a: a single letter, a to z again).
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const auto m = static_cast<size_t>(text[i + 1] - '1');
      const std::string& f = levels[m].format;
      const int v = count[m];
      if ((f == "upperRoman" || f == "lowerRoman") && v >= 1 && v <= 3999)
        out += f == "upperRoman" ? text::roman(v) : lower(text::roman(v));
      else if ((f == "upperLetter" || f == "lowerLetter") && v >= 1)
        out += static_cast<char>((f == "upperLetter" ? 'A' : 'a') + (v - 1) % 26);
      else if ((f == "upperRoman" || f == "lowerRoman") && v == 0)
        out += "";  // as rules::roman(0)
      else
        out += std::to_string(v);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace vanban::office::docx

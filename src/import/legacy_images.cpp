#include "import/legacy_images.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "import/syllables.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// Tried in this order; a tie goes to the earlier (TCVN3 and VNI were by far the most used).
constexpr std::array<Encoding, 5> kCandidates{Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii, Encoding::Vps,
                                              Encoding::Windows1258};

bool is_symbol_image(char32_t c) { return c >= 0xF020 && c <= 0xF0FF; }

// The Latin-1 letters Vietnamese itself writes: text made of them and ASCII alone may
// well be Unicode Vietnamese ("hòa và các"), so they alone never trigger the search.
bool vietnamese_latin1(char32_t c) {
  static constexpr std::u32string_view kLetters = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  return kLetters.find(c) != std::u32string_view::npos;
}

// Punctuation and signs Unicode documents use (quotes, dashes, °, ×, §, ½ …): they
// too stand for bytes, but do not by themselves suggest an image.
bool common_sign(char32_t c) {
  static constexpr std::u32string_view kSigns = U"\u00A0“”‘’–—…•°±×÷§©®«»²³¹¼½¾€™";
  return kSigns.find(c) != std::u32string_view::npos;
}

// Quotes and dashes at the start or end of a word are kept as they are: Word's smart
// quotes in a .VnTime run are Windows-1252 quotes (the ABC fonts draw them), not the
// VN1 capitals the TCVN3 table has at those codes.
bool edge_punctuation(char32_t c) {
  static constexpr std::u32string_view kEdge = U"“”‘’–—…•";
  return kEdge.find(c) != std::u32string_view::npos;
}

bool foreign_uncached(char32_t c) {
  if (is_symbol_image(c)) return true;
  const auto b = legacy_byte(c);
  return b && *b >= 0x80 && !vietnamese_latin1(c) && !common_sign(c);
}

// A character of a legacy image that Vietnamese Unicode text does not use (ß, µ, ¸,
// Ö, Œ, U+F0xx …). Looked up in a table: the quick check runs on every text.
bool foreign(char32_t c) {
  constexpr char32_t kTable = 0x2200;  // past the last Windows-1252 character (™, U+2122)
  static const std::vector<bool> table = [] {
    std::vector<bool> t(kTable);
    for (char32_t k = 0x80; k < kTable; ++k) t[k] = foreign_uncached(k);
    return t;
  }();
  return c < kTable ? table[c] : is_symbol_image(c);
}

// A word (between spaces or tabs) as byte offsets into the text.
struct Word {
  size_t begin = 0, end = 0;
  bool bytes = true;       // every character stands for a byte, and none is kept
  bool non_ascii = false;  // it has a character outside ASCII
  bool foreign = false;    // it has a character Vietnamese Unicode does not use
  bool symbol = false;     // it has a U+F0xx character
};

std::vector<Word> words_of(std::string_view text, size_t begin, size_t end, const std::vector<bool>& keep) {
  std::vector<Word> out;
  size_t i = begin;
  while (i < end) {
    while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i == end) break;
    Word w;
    w.begin = i;
    while (i < end && text[i] != ' ' && text[i] != '\t') {
      const size_t start = i;
      UChar32 c = 0;
      U8_NEXT(text.data(), i, end, c);
      if (c >= 0x80) w.non_ascii = true;
      if (c < 0 || !legacy_byte(static_cast<char32_t>(c))) w.bytes = false;
      if (c >= 0x80 && foreign(static_cast<char32_t>(c))) w.foreign = true;
      if (c >= 0 && is_symbol_image(static_cast<char32_t>(c))) w.symbol = true;
      for (size_t k = start; k < i && !keep.empty(); ++k)
        if (keep[k]) w.bytes = false;
    }
    w.end = i;
    out.push_back(w);
  }
  return out;
}

// ASCII that is no letter: punctuation, signs and digits at a word's ends ("<Néi",
// "(Céng", "th¸ng5" and "tØnh1" with a number or footnote mark glued on).
bool ascii_punctuation(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && !((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'));
}

// The word with punctuation and digits off both ends: ASCII, and quotes and dashes
// (which stay as they are when the word is decoded).
std::string_view core_of(std::string_view w) {
  for (bool again = true; again && !w.empty();) {
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
    again = ascii_punctuation(w.front()) || (c > 0 && edge_punctuation(static_cast<char32_t>(c)));
    if (again) w.remove_prefix(static_cast<size_t>(i));
  }
  for (bool again = true; again && !w.empty();) {
    int32_t i = static_cast<int32_t>(w.size());
    UChar32 c = 0;
    U8_PREV(w.data(), 0, i, c);
    again = ascii_punctuation(w.back()) || (c > 0 && edge_punctuation(static_cast<char32_t>(c)));
    if (again) w.remove_suffix(w.size() - static_cast<size_t>(i));
  }
  return w;
}

// True for a word whose only letters outside ASCII are Đ and đ: an abbreviation
// ("QĐ-UBND", "LĐLĐ", "đ/c"), Vietnamese though no syllable.
bool d_abbreviation(std::string_view w) {
  bool only = true;
  text::each_code_point(w, [&](UChar32 c, std::string_view) {
    only = c < 0x80 || c == 0x0110 || c == 0x0111;
    return only;
  });
  return only;
}

// +1 a Vietnamese syllable, -1 a word with a letter outside ASCII that is none, 0 an
// ASCII word or an abbreviation with Đ (the same in every decoding, or no syllable).
int word_score(std::string_view w) {
  const std::string_view core = core_of(w);
  if (core.empty() || !has_non_ascii(core)) return 0;
  if (is_vietnamese_syllable(core)) return 1;
  return d_abbreviation(core) ? 0 : -1;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A byte word decoded with `e`; quotes and dashes at its ends stay as they are.
std::string decode_word(std::string_view w, Encoding e) {
  const std::string_view core = core_of(w);
  const size_t lead = static_cast<size_t>(core.data() - w.data());
  std::string bytes;
  text::each_code_point(core, [&](UChar32 c, std::string_view) {
    bytes += static_cast<char>(*legacy_byte(static_cast<char32_t>(c)));
    return true;
  });
  return std::string(w.substr(0, lead)) + text::nfc(decode_bytes(bytes, e)) + std::string(w.substr(lead + core.size()));
}

// Words' scores and decodings, remembered for the call: a document says "của", "và"
// and "ngày" thousands of times, and each score costs a normalisation.
class Memo {
 public:
  int score(std::string_view w) {
    const auto it = scores_.find(w);
    if (it != scores_.end()) return it->second;
    return scores_.emplace(std::string(w), word_score(w)).first->second;
  }
  const std::string& decode(std::string_view w, Encoding e) {
    auto& m = decoded_[static_cast<size_t>(std::find(kCandidates.begin(), kCandidates.end(), e) - kCandidates.begin())];
    const auto it = m.find(w);
    if (it != m.end()) return it->second;
    return m.emplace(std::string(w), decode_word(w, e)).first->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> scores_;
  std::array<Map, kCandidates.size()> decoded_;
};

// What decoding a span with one table gives, and how it reads.
struct Reading {
  Encoding encoding = Encoding::Tcvn3;
  std::vector<std::string> words;
  long before = 0, after = 0;  // the span's score as it is and decoded
  int fixed = 0;               // words of two letters or more that read better decoded
  int broken = 0;              // Vietnamese words that became none
  int good = 0, bad = 0;       // decoded words that are and are not Vietnamese
};

// A run of byte words on one line: what it says, and its words' scores as they are.
struct Span {
  size_t begin = 0, end = 0;  // byte offsets of its first word's start and last word's end
  int line = 0;
  bool symbol = false;    // has U+F0xx characters
  bool doubtful = false;  // some word of it does not read as Vietnamese
  std::vector<std::string_view> words;
  std::vector<int> before;
  std::optional<Reading> reading;  // the decoding chosen, if any reads better
};

Reading read_span(const Span& s, Encoding e, Memo& memo) {
  Reading r;
  r.encoding = e;
  for (size_t k = 0; k < s.words.size(); ++k) {
    r.words.push_back(has_non_ascii(s.words[k]) ? memo.decode(s.words[k], e) : std::string(s.words[k]));
    const int after = memo.score(r.words.back());
    r.before += s.before[k];
    r.after += after;
    r.good += after > 0;
    r.bad += after < 0;
    r.broken += s.before[k] > 0 && after < 0;
    r.fixed += s.before[k] < 0 && after >= 0 && code_points(core_of(r.words.back())) >= 2;
  }
  return r;
}

// Clear: two words or more fixed, few broken, and the decoding mostly Vietnamese.
bool clear(const Reading& r) {
  return r.fixed >= 2 && r.after - r.before >= 4 && r.good >= 2 * r.bad && 3 * r.broken <= r.fixed;
}
// Weak: one word fixed ("Sè: 12/Q§-UBND": only the abbreviation reads better) and
// nothing against it; taken only when a clear span of the same text found the table.
bool weak(const Reading& r) { return r.fixed >= 1 && r.after > r.before && r.bad == 0 && r.broken == 0; }

// The best reading of a span in the tables' `order` (a tie goes to the earlier).
std::optional<Reading> best_reading(const Span& s, const std::vector<Encoding>& order, Memo& memo) {
  // No reading can score more than one a word that has a letter outside ASCII.
  const long most = std::count_if(s.words.begin(), s.words.end(), [](std::string_view w) { return has_non_ascii(w); });
  std::optional<Reading> best;
  for (Encoding e : order) {
    Reading r = read_span(s, e, memo);
    if (!best || r.after > best->after) best = std::move(r);
    if (best->after == most) break;
  }
  return best;
}

// Words at a span's ends that read as Unicode Vietnamese and hold no foreign letter,
// next to a word that is Unicode for sure ("ngµy tháng năm": "năm" is Unicode, so
// "tháng" may well be), are left out of it: where legacy text meets Unicode the edge
// is uncertain, and Unicode must never change. At the ends of a line the words stay
// in the span: "cã" there is "có".
void trim_edges(const std::vector<Word>& ws, size_t& from, size_t& to, const std::vector<int>& score) {
  const size_t first = from;
  if (from > 0)
    while (from < to && !ws[from].foreign && score[from - first] >= 0) ++from;
  if (to < ws.size())
    while (to > from && !ws[to - 1].foreign && score[to - 1 - first] >= 0) --to;
}

// The spans of a text that have a letter outside ASCII, and how many words are
// surely Unicode (have a character that stands for no byte) or may be images.
struct Scan {
  std::vector<Span> spans;
  long unicode_words = 0, byte_words = 0;  // words with a letter outside ASCII
};

void scan_line(std::string_view text, const std::vector<Word>& ws, int line, Scan& scan, Memo& memo) {
  for (const auto& w : ws)
    if (w.non_ascii) ++(w.bytes ? scan.byte_words : scan.unicode_words);
  for (size_t k = 0; k < ws.size();) {
    if (!ws[k].bytes) {
      ++k;
      continue;
    }
    size_t to = k;
    while (to < ws.size() && ws[to].bytes) ++to;
    const size_t next = to;
    std::vector<int> score;
    for (size_t j = k; j < to; ++j)
      score.push_back(ws[j].non_ascii ? memo.score(text.substr(ws[j].begin, ws[j].end - ws[j].begin)) : 0);
    size_t from = k;
    trim_edges(ws, from, to, score);
    Span s;
    bool non_ascii = false;
    for (size_t j = from; j < to; ++j) {
      s.words.push_back(text.substr(ws[j].begin, ws[j].end - ws[j].begin));
      s.before.push_back(score[j - k]);
      s.symbol = s.symbol || ws[j].symbol;
      s.doubtful = s.doubtful || score[j - k] < 0;
      non_ascii = non_ascii || ws[j].non_ascii;
    }
    if (non_ascii) {
      s.begin = ws[from].begin;
      s.end = ws[to - 1].end;
      s.line = line;
      scan.spans.push_back(std::move(s));
    }
    k = next;
  }
}

Scan scan_text(std::string_view text, const std::vector<bool>& keep, Memo& memo) {
  Scan scan;
  int line = 1;
  for (size_t pos = 0; pos <= text.size(); ++line) {
    const size_t eol = std::min(text.find('\n', pos), text.size());
    scan_line(text, words_of(text, pos, eol, keep), line, scan, memo);
    pos = eol + 1;
  }
  return scan;
}

// Each span's reading. The tables are first tried, in the default order, on the
// spans that do not read as Vietnamese; then only the text's own tables are tried
// again, the one most clear spans found first: so a span that two tables read equally
// well ("Löu": VNI Lưu, TCVN3 Lửu) takes the text's, and a table that reads a stray
// span of a TCVN3 text by chance (VPS keeps most Latin-1 letters as they are) is not
// taken. A text's own tables are those with a quarter as many clear spans as the
// first. A weak reading stays only if its table is one of them.
//
// A text that is all images (under 2 % of its words are surely Unicode) has its
// spans decoded even where they read as Vietnamese already ("Phô lôc" is TCVN3 for
// "Phụ lục"), if they still do decoded, and where they read any better; a span that
// reads no better ("Café" → "Cafộ") stays.
void choose_readings(Scan& scan, Memo& memo) {
  std::vector<Encoding> order(kCandidates.begin(), kCandidates.end());
  std::array<int, kCandidates.size()> clear_spans{};
  auto count = [&](Encoding e) -> int& {
    return clear_spans[static_cast<size_t>(std::find(kCandidates.begin(), kCandidates.end(), e) - kCandidates.begin())];
  };
  for (auto& s : scan.spans)
    if (s.doubtful) {
      s.reading = best_reading(s, order, memo);
      if (clear(*s.reading)) ++count(s.reading->encoding);
    }
  std::stable_sort(order.begin(), order.end(), [&](Encoding a, Encoding b) { return count(a) > count(b); });
  const int top = count(order.front());
  std::erase_if(order, [&](Encoding e) { return count(e) == 0 || 4 * count(e) < top; });
  const bool all_images = !order.empty() && scan.unicode_words * 50 < scan.byte_words;
  for (auto& s : scan.spans) {
    // A reading in the text's first table stands (no table comes before it now).
    const bool stands = s.reading && !order.empty() && s.reading->encoding == order.front();
    if (!stands)
      s.reading = order.empty() || (!s.doubtful && !all_images) ? std::nullopt : best_reading(s, order, memo);
    if (!s.reading) continue;
    const Reading& r = *s.reading;
    const bool take =
        clear(r) || weak(r) || (all_images && r.broken == 0 && (s.doubtful ? r.after > r.before : r.after >= r.before));
    if (!take) s.reading.reset();
  }
  std::erase_if(scan.spans, [&](const Span& s) { return !s.reading; });
}

// One note a line and table: its spans' scores added up, the decoded line quoted.
struct LineNote {
  int line = 0;
  Encoding encoding = Encoding::Tcvn3;
  bool symbol = false;
  long before = 0, after = 0;
};

DecodingNote to_note(const LineNote& n, std::string_view decoded_line) {
  return {n.line,
          std::string("detected ") + encoding_name(n.encoding) + " in " +
              (n.symbol ? "U+F0xx (symbol font) image" : "Windows-1252 image") + " (score " + std::to_string(n.after) +
              " vs " + std::to_string(n.before) + ")",
          text::printable(text::trim(decoded_line), 80)};
}

std::vector<DecodingNote> notes_for(const std::vector<Span>& spans, std::string_view decoded) {
  std::vector<LineNote> lines;
  for (const auto& s : spans) {
    if (lines.empty() || lines.back().line != s.line || lines.back().encoding != s.reading->encoding ||
        lines.back().symbol != s.symbol)
      lines.push_back({s.line, s.reading->encoding, s.symbol, 0, 0});
    lines.back().before += s.reading->before;
    lines.back().after += s.reading->after;
  }
  std::vector<DecodingNote> out;
  int line = 1;
  size_t start = 0;
  for (const auto& n : lines) {
    for (; line < n.line; ++line) start = decoded.find('\n', start) + 1;
    const size_t eol = std::min(decoded.find('\n', start), decoded.size());
    out.push_back(to_note(n, decoded.substr(start, eol - start)));
  }
  return out;
}

}  // namespace

bool may_hold_legacy_images(std::string_view utf8) {
  const size_t n = utf8.size();
  for (size_t i = 0; i < n;) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // Three- and four-byte characters other than U+2xxx (quotes, dashes, ™) and
    // U+Fxxx (U+F0xx) are no image: Vietnamese letters (U+1Exx) are skipped unread.
    if (lead >= 0xE0 && lead != 0xE2 && lead != 0xEF) {
      i += lead >= 0xF0 ? 4 : 3;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, n, c);
    if (c >= 0 && foreign(static_cast<char32_t>(c))) return true;
  }
  return false;
}

ImageDecoding decode_legacy_images(std::string_view utf8, const std::vector<bool>& keep) {
  ImageDecoding out;
  if (!may_hold_legacy_images(utf8)) {
    out.text = utf8;
    return out;
  }
  Memo memo;
  Scan scan = scan_text(utf8, keep, memo);
  choose_readings(scan, memo);
  const std::vector<Span>& spans = scan.spans;
  // Rebuild the text; each span's words go back between its own spaces.
  size_t copied = 0;
  for (const auto& s : spans) {
    out.text.append(utf8, copied, s.begin - copied);
    size_t at = s.begin;
    for (size_t k = 0; k < s.words.size(); ++k) {
      const size_t word_at = static_cast<size_t>(s.words[k].data() - utf8.data());
      out.text.append(utf8, at, word_at - at);
      out.text += s.reading->words[k];
      at = word_at + s.words[k].size();
    }
    copied = s.end;
  }
  out.text.append(utf8, copied);
  out.notes = notes_for(spans, out.text);
  return out;
}

}  // namespace vanban::import

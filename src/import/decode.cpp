#include "import/decode.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

#include "import/legacy_images.h"
#include "import/syllables.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// Calls f(word) for each maximal run of letters and combining marks.
template <typename F>
void for_each_word(std::string_view utf8, F&& f) {
  size_t i = 0, start = std::string_view::npos;
  while (i <= utf8.size()) {
    UChar32 c = 0;
    size_t next = i + 1;
    if (i < utf8.size()) {
      int32_t j = static_cast<int32_t>(i);
      U8_NEXT(utf8.data(), j, static_cast<int32_t>(utf8.size()), c);
      next = static_cast<size_t>(j);
    }
    const bool letter = i < utf8.size() && c >= 0 && (u_isalpha(c) || u_getCombiningClass(c) != 0);
    if (letter && start == std::string_view::npos) start = i;
    if (!letter && start != std::string_view::npos) {
      f(utf8.substr(start, i - start), start);
      start = std::string_view::npos;
    }
    i = next;
  }
}

// Look-alikes: letters of other alphabets that legacy conversions put for Vietnamese ones.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kLookAlikes{{
    {"\u00D0", "\u0110"},  // Ð (Icelandic eth) → Đ
    {"\u00F0", "\u0111"},  // ð → đ
    {"\u0189", "\u0110"},  // Ɖ (African D) → Đ
    {"\u01A3", "\u01B0"},  // ƣ (oi) → ư
    {"\u01A2", "\u01AF"},  // Ƣ (OI) → Ư
    {"\u0256", "\u0111"},  // ɖ → đ
}};

std::string repair_word(std::string_view word) {
  std::string w(word);
  for (const auto& [from, to] : kLookAlikes)
    for (size_t p = w.find(from); p != std::string::npos; p = w.find(from, p + to.size()))
      w.replace(p, from.size(), to);
  return w;
}

std::string repair_lookalikes(const std::string& text, std::vector<Repair>& repairs) {
  bool any = false;
  for (const auto& la : kLookAlikes) any = any || text.find(la.first) != std::string::npos;
  if (!any) return text;
  std::string out;
  size_t copied = 0;
  for_each_word(text, [&](std::string_view word, size_t at) {
    const std::string fixed = repair_word(word);
    if (fixed == word || !is_vietnamese_syllable(fixed)) return;
    out.append(text, copied, at - copied);
    out += fixed;
    copied = at + word.size();
    int line = 1;
    for (size_t k = 0; k < at; ++k) line += text[k] == '\n';
    repairs.push_back({line, std::string(word), fixed});
  });
  out.append(text, copied);
  return out;
}

std::string normalise_line_ends(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (s[i] == '\f') {
      out += '\n';  // a page break (pdftotext puts one between pages)
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

long vietnamese_score(std::string_view utf8) {
  // Words are split at spaces only, then stripped of punctuation at their ends: a wrong
  // decoding leaves symbols inside words ("Ä‘á»™ng"), which then fail as a whole.
  long score = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\n' || utf8[i] == '\t' || utf8[i] == '\r')) ++i;
    size_t e = i;
    while (e < utf8.size() && utf8[e] != ' ' && utf8[e] != '\n' && utf8[e] != '\t' && utf8[e] != '\r') ++e;
    std::string_view w = utf8.substr(i, e - i);
    i = e;
    while (!w.empty() && std::string_view(",.;:!?()[]\"'-/").find(w.front()) != std::string_view::npos)
      w.remove_prefix(1);
    while (!w.empty() && std::string_view(",.;:!?()[]\"'-/").find(w.back()) != std::string_view::npos)
      w.remove_suffix(1);
    if (w.empty() || !has_non_ascii(w)) continue;
    score += is_vietnamese_syllable(w) ? 1 : -1;
  }
  return score;
}

DecodedText decode_text(std::string_view bytes, std::optional<Encoding> forced) {
  DecodedText out;
  std::string_view body = bytes;
  if (forced) {
    out.encoding = *forced;
  } else if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.encoding = Encoding::Utf8;
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    out.encoding = Encoding::Utf16Le;
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    out.encoding = Encoding::Utf16Be;
  } else if (text::valid_utf8(bytes)) {
    // Legacy 8-bit Vietnamese is never valid UTF-8 in practice (its letters are lone
    // high bytes), so valid UTF-8 is taken as such.
    out.guessed = true;
    out.encoding = Encoding::Utf8;
  } else {
    // Score each legacy candidate on the first 256 KiB (enough to decide, and bounded).
    out.guessed = true;
    const std::string_view sample = bytes.substr(0, 256 * 1024);
    long best = 0;
    bool have = false;
    for (Encoding e : {Encoding::Windows1258, Encoding::Tcvn3, Encoding::Vni}) {
      const long score = vietnamese_score(text::nfc(decode_bytes(sample, e)));
      if (!have || score > best) {
        best = score;
        out.encoding = e;
        have = true;
      }
    }
  }
  if (out.encoding == Encoding::Utf8 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if ((out.encoding == Encoding::Utf16Le && body.substr(0, 2) == "\xFF\xFE") ||
      (out.encoding == Encoding::Utf16Be && body.substr(0, 2) == "\xFE\xFF"))
    body.remove_prefix(2);
  std::string text = normalise_line_ends(text::nfc(decode_bytes(body, out.encoding)));
  if (out.encoding == Encoding::Utf8 || out.encoding == Encoding::Utf16Le || out.encoding == Encoding::Utf16Be) {
    // Unicode text may still carry a legacy font's bytes (a .txt saved from a .VnTime
    // document): those spans are decoded before the look-alikes are looked at.
    ImageDecoding images = decode_legacy_images(text);
    text = std::move(images.text);
    out.decodings = std::move(images.notes);
  }
  out.text = repair_lookalikes(text, out.repairs);
  return out;
}

}  // namespace vanban::import

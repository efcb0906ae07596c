#include "typeset/break_points.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace vanban::typeset {
namespace {

// Building an iterator loads and compiles ICU's rules (tens of microseconds and more);
// each thread clones the process-wide prototype once and reuses its clone.
enum class Kind { Line, Grapheme };

std::unique_ptr<icu::BreakIterator> make(Kind kind) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale vi("vi");
  std::unique_ptr<icu::BreakIterator> it(kind == Kind::Line ? icu::BreakIterator::createLineInstance(vi, status)
                                                            : icu::BreakIterator::createCharacterInstance(vi, status));
  if (U_FAILURE(status) || !it) throw std::runtime_error("ICU break iterator unavailable");
  return it;
}

icu::BreakIterator& iterator(Kind kind) {
  static const std::unique_ptr<icu::BreakIterator> line = make(Kind::Line);
  static const std::unique_ptr<icu::BreakIterator> grapheme = make(Kind::Grapheme);
  thread_local std::unique_ptr<icu::BreakIterator> mine_line, mine_grapheme;
  auto& mine = kind == Kind::Line ? mine_line : mine_grapheme;
  if (!mine) {
    // Cloning only reads the prototype, but ICU promises no thread safety for it.
    static std::mutex mu;
    std::lock_guard lock(mu);
    mine.reset((kind == Kind::Line ? line : grapheme)->clone());
    if (!mine) throw std::runtime_error("ICU break iterator cannot be cloned");
  }
  return *mine;
}

// Runs `f` over the boundaries ICU reports for `utf8` (byte offsets: a UTF-8 UText's
// native indexes).
template <class F>
void each_boundary(Kind kind, std::string_view utf8, F&& f) {
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot read the paragraph's text");
  icu::BreakIterator& it = iterator(kind);
  it.setText(&text, status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    throw std::runtime_error("ICU cannot iterate the paragraph's text");
  }
  for (int32_t p = it.first(); p != icu::BreakIterator::DONE; p = it.next()) f(static_cast<size_t>(p));
  utext_close(&text);
}

}  // namespace

std::vector<uint8_t> line_opportunities(std::string_view utf8) {
  std::vector<uint8_t> out(utf8.size() + 1, 0);
  each_boundary(Kind::Line, utf8, [&](size_t p) {
    if (p < out.size()) out[p] = 1;
  });
  return out;
}

std::vector<size_t> grapheme_boundaries(std::string_view utf8, size_t begin, size_t end) {
  std::vector<size_t> out;
  if (begin >= end || end > utf8.size()) return out;
  each_boundary(Kind::Grapheme, utf8.substr(begin, end - begin), [&](size_t p) {
    if (p > 0 && begin + p < end) out.push_back(begin + p);
  });
  return out;
}

bool never_starts_line(char32_t c) {
  switch (c) {
    // Dashes and hyphens.
    case U'-':
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212':
    // Closing brackets and quotation marks.
    case U')':
    case U']':
    case U'}':
    case U'\u201D':
    case U'\u2019':
    case U'\u00BB':
    case U'\u203A':
    // Punctuation that ends what precedes it.
    case U',':
    case U'.':
    case U';':
    case U':':
    case U'!':
    case U'?':
    case U'%':
    case U'\u2026':
    case U'\u2030':
      return true;
    default:
      return false;
  }
}

}  // namespace vanban::typeset

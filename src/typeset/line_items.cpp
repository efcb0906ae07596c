#include "typeset/line_items.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "typeset/break_points.h"

namespace vanban::typeset {
namespace {

// Emergency breaks inside a word wider than the line: dear enough that a line is only
// cut there when the word cannot fit otherwise (TeX forbids at 10000), and a cut at a
// grapheme boundary dearer than one at an opportunity ICU finds (after "/" or "-").
constexpr double kIcuEmergency = 5000;
constexpr double kGraphemeEmergency = 8000;
constexpr double kEpsilon = 1e-9;

bool is_nbsp(const std::string& s, size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0;
}

char32_t code_point_at(const std::string& s, size_t i) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void shape_piece(Piece& p, const StyledText& t, const std::vector<Look>& looks) {
  const Look& l = looks[p.span];
  p.shape = shape(*l.face, std::string_view(t.text).substr(p.begin, p.end - p.begin));
  p.width = static_cast<double>(p.shape->advance) * l.size / l.face->units_per_em();
}

Piece shaped(Piece::Kind kind, size_t begin, size_t end, uint32_t span, const StyledText& t,
             const std::vector<Look>& looks) {
  Piece p;
  p.kind = kind;
  p.begin = static_cast<uint32_t>(begin);
  p.end = static_cast<uint32_t>(end);
  p.span = span;
  if (kind != Piece::Kind::Break) shape_piece(p, t, looks);
  return p;
}

double width_of(const std::vector<Piece>& v, size_t a, size_t b) {
  double w = 0;
  for (size_t i = a; i < b; ++i) w += v[i].width;
  return w;
}

// A text piece cut at `cuts` (sorted byte offsets, those inside it used) into parts of
// positive width, each after the first breakable at `cost`: a zero-width character (a
// joiner, a zero-width space) stays with what precedes it, so that hostile text cannot
// give the breaker more places to try than visible characters.
void split_text(const Piece& p, const std::vector<size_t>& cuts, double cost, const StyledText& t,
                const std::vector<Look>& looks, std::vector<Piece>& out) {
  // Which cuts to keep: one after text that has width since the last kept cut (a cut
  // after zero-width characters alone would make a piece of nothing). Each segment
  // between two cuts is measured once, so a long run of zero-width characters costs
  // linear time, not a reshaping of the growing part at every cut.
  std::vector<size_t> kept;
  size_t from = p.begin;
  bool has_width = false;
  for (auto c = std::upper_bound(cuts.begin(), cuts.end(), static_cast<size_t>(p.begin)); c != cuts.end() && *c < p.end;
       ++c) {
    has_width = has_width || shaped(Piece::Kind::Text, from, *c, p.span, t, looks).width > 0;
    from = *c;
    if (has_width) {
      kept.push_back(*c);
      has_width = false;
    }
  }
  if (kept.empty()) {
    out.push_back(p);
    return;
  }
  size_t start = p.begin;
  double pending = p.penalty;
  for (size_t c : kept) {
    Piece part = shaped(Piece::Kind::Text, start, c, p.span, t, looks);
    part.penalty = pending;
    out.push_back(std::move(part));
    start = c;
    pending = cost;
  }
  Piece last = shaped(Piece::Kind::Text, start, p.end, p.span, t, looks);
  last.penalty = pending;
  out.push_back(std::move(last));
}

// The pieces of `word` with its text pieces split at `cuts`; a piece that starts at a
// cut may be broken before too.
std::vector<Piece> cut(const std::vector<Piece>& word, const std::vector<size_t>& cuts, double cost,
                       const StyledText& t, const std::vector<Look>& looks) {
  std::vector<Piece> out;
  for (size_t k = 0; k < word.size(); ++k) {
    Piece p = word[k];
    if (k > 0 && p.penalty == 0 && std::binary_search(cuts.begin(), cuts.end(), static_cast<size_t>(p.begin)))
      p.penalty = cost;
    if (p.kind == Piece::Kind::Text)
      split_text(p, cuts, cost, t, looks, out);
    else
      out.push_back(std::move(p));
  }
  return out;
}

// A word wider than the line, with the breaks it needs: ICU's opportunities inside it
// (after "/", "-" …), and in a part still too wide, its grapheme boundaries and spaces.
std::vector<Piece> emergency(std::vector<Piece> word, double threshold, const StyledText& t,
                             const std::vector<Look>& looks, const std::vector<uint8_t>& opp) {
  std::vector<size_t> cuts;
  const size_t lo = word.front().begin, hi = word.back().end;
  for (size_t p = lo + 1; p < hi; ++p)
    if (opp[p] && t.text[p - 1] != ' ') cuts.push_back(p);
  // After spaces that may not break by our rules (before a dash), ICU may still allow a
  // break: the run of spaces may break there, in an emergency.
  for (size_t k = 1; k < word.size(); ++k) {
    if (word[k].kind != Piece::Kind::Space || word[k - 1].kind == Piece::Kind::Space) continue;
    size_t last = k;
    while (last + 1 < word.size() && word[last + 1].kind == Piece::Kind::Space) ++last;
    if (word[last].end < hi && opp[word[last].end] && word[k].penalty == 0) word[k].penalty = kIcuEmergency;
  }
  word = cut(word, cuts, kIcuEmergency, t, looks);
  std::vector<Piece> out;
  for (size_t a = 0; a < word.size();) {
    size_t b = a + 1;
    while (b < word.size() && word[b].penalty == 0) ++b;
    if (width_of(word, a, b) <= threshold + kEpsilon) {
      out.insert(out.end(), word.begin() + static_cast<std::ptrdiff_t>(a),
                 word.begin() + static_cast<std::ptrdiff_t>(b));
    } else {
      for (size_t k = a; k < b; ++k) {
        if (word[k].kind == Piece::Kind::Text) {
          split_text(word[k], grapheme_boundaries(t.text, word[k].begin, word[k].end), kGraphemeEmergency, t, looks,
                     out);
        } else {
          // A space inside the word (a no-break space, one before a dash) may break too.
          out.push_back(std::move(word[k]));
          if (k > a && out.back().penalty == 0) out.back().penalty = kGraphemeEmergency;
        }
      }
    }
    a = b;
  }
  return out;
}

}  // namespace

Look look_of(const TextStyle& s, const FontSet& fonts, double size) {
  Look l;
  l.style = s.face;
  l.face = &fonts.face(s.face);
  l.size = s.superscript ? size * kSuperscriptScale : size;
  l.raise = s.superscript ? size * kSuperscriptRaise : 0;
  return l;
}

std::vector<Look> looks_of(const StyledText& t, const FontSet& fonts, double size) {
  std::vector<Look> out;
  out.reserve(t.spans.size());
  for (const Span& s : t.spans) out.push_back(look_of(s.style, fonts, size));
  return out;
}

std::vector<Piece> make_pieces(const StyledText& t, const std::vector<Look>& looks) {
  std::vector<Piece> out;
  const std::string& s = t.text;
  for (uint32_t k = 0; k < t.spans.size(); ++k) {
    const Span& span = t.spans[k];
    for (size_t i = span.begin; i < span.end;) {
      if (s[i] == ' ') {
        out.push_back(shaped(Piece::Kind::Space, i, i + 1, k, t, looks));
        ++i;
      } else if (s[i] == '\n') {
        out.push_back(shaped(Piece::Kind::Break, i, i + 1, k, t, looks));
        ++i;
      } else if (is_nbsp(s, i)) {
        out.push_back(shaped(Piece::Kind::NoBreakSpace, i, i + 2, k, t, looks));
        i += 2;
      } else {
        size_t j = i + 1;
        while (j < span.end && s[j] != ' ' && s[j] != '\n' && !is_nbsp(s, j)) ++j;
        out.push_back(shaped(Piece::Kind::Text, i, j, k, t, looks));
        i = j;
      }
    }
  }
  return out;
}

ParagraphItems paragraph_items(const StyledText& t, const std::vector<Look>& looks, const ItemOptions& o) {
  ParagraphItems out;
  // Spaces before a line break or the paragraph's end would only widen the line.
  std::vector<Piece> pieces = make_pieces(t, looks);
  {
    std::vector<Piece> kept;
    bool trailing = true;
    for (size_t i = pieces.size(); i-- > 0;) {
      const Piece::Kind k = pieces[i].kind;
      if (k == Piece::Kind::Break)
        trailing = true;
      else if (k == Piece::Kind::Space && trailing)
        continue;
      else
        trailing = false;
      kept.push_back(std::move(pieces[i]));
    }
    pieces.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
  }
  if (pieces.empty()) return out;

  // Our rules over ICU's: a line ends only after a space (never inside "KH-LĐLĐ",
  // "01/2024/NĐ-CP", "2023-2025" or a URL), and never so that the next one starts with a
  // dash or a closing mark.
  const std::string& s = t.text;
  const std::vector<uint8_t> opp = line_opportunities(s);
  for (size_t i = 1; i < pieces.size(); ++i) {
    if (pieces[i].kind != Piece::Kind::Space || pieces[i - 1].kind != Piece::Kind::Text) continue;
    size_t j = pieces[i].end;
    while (j < s.size() && s[j] == ' ') ++j;
    pieces[i].breakable = j < s.size() && s[j] != '\n' && opp[j] && !never_starts_line(code_point_at(s, j));
  }

  // Words (what lies between two places a line may end) wider than the line get
  // emergency breaks. The first word can only go on the first line.
  std::vector<Piece> all;
  all.reserve(pieces.size());
  size_t a = 0;
  for (size_t i = 0; i <= pieces.size(); ++i) {
    if (i < pieces.size() && !pieces[i].breakable && pieces[i].kind != Piece::Kind::Break) continue;
    const double threshold = a == 0 ? std::min(o.first_measure, o.measure) : o.measure;
    const auto from = std::make_move_iterator(pieces.begin() + static_cast<std::ptrdiff_t>(a));
    const auto to = std::make_move_iterator(pieces.begin() + static_cast<std::ptrdiff_t>(i));
    if (a < i && width_of(pieces, a, i) > threshold + kEpsilon) {
      std::vector<Piece> split = emergency({from, to}, threshold, t, looks, opp);
      all.insert(all.end(), std::make_move_iterator(split.begin()), std::make_move_iterator(split.end()));
    } else {
      all.insert(all.end(), from, to);
    }
    if (i < pieces.size()) all.push_back(std::move(pieces[i]));
    a = i + 1;
  }

  auto push = [&](kp::Item item, int32_t piece) {
    out.items.push_back(item);
    out.piece_of.push_back(piece);
  };
  auto end_line = [&](int32_t piece) {
    push(kp::penalty(kp::kInfinity), -1);
    push(kp::fill(), -1);
    push(kp::penalty(-kp::kInfinity), piece);
  };
  out.items.reserve(all.size() * 2 + 3);
  out.piece_of.reserve(all.size() * 2 + 3);
  for (size_t k = 0; k < all.size(); ++k) {
    const Piece& p = all[k];
    const auto idx = static_cast<int32_t>(k);
    if (p.kind == Piece::Kind::Break) {
      end_line(idx);
      continue;
    }
    if (p.penalty > 0)
      push(kp::penalty(p.penalty), -1);
    else if (p.kind != Piece::Kind::Text && !p.breakable)
      push(kp::penalty(kp::kInfinity), -1);
    if (p.kind == Piece::Kind::Text) {
      push(kp::box(p.width), idx);
    } else {
      // Interword glue: TeX's stretch for a serif face (1/2 of the space) and no shrink,
      // as Word and LibreOffice never set spaces narrower than the font's: a justified
      // line holds the same words as theirs, so pages end where a clerk expects.
      push(o.ragged ? kp::glue(p.width, 0, 0) : kp::glue(p.width, p.width / 2, 0), idx);
    }
  }
  end_line(-1);
  out.pieces = std::move(all);
  return out;
}

}  // namespace vanban::typeset

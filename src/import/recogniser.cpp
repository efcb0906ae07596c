#include "import/recogniser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "import/addressee_recogniser.h"
#include "import/body_builder.h"
#include "import/body_recogniser.h"
#include "import/header_recogniser.h"
#include "import/inline_markup.h"
#include "import/line_cursor.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "import/title_recogniser.h"
#include "layout/house_style.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool appendix_reference(std::string_view s) {
  return starts_with(s, "(Kèm theo") || starts_with(s, "(kèm theo") || starts_with(s, "(Ban hành kèm theo") ||
         starts_with(s, "(ban hành kèm theo") || starts_with(s, "(Kèm Theo");
}

// Pieces of a signature-block line that extraction ran together:
// "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH …".
struct SigPiece {
  enum class Kind { Authority, Caps, Name, Mark, Other } kind;
  std::string prefix;  // Authority: "KT"
  std::string text;
  std::string written;  // Authority: the prefix as the source has it ("K/T", "KT.")
};

bool title_word(std::string_view w) {
  std::string letters;
  for (char c : w)
    if (c != ',' && c != '.' && c != ';') letters += c;
  return !letters.empty() && starts_upper(letters) && !is_caps(letters) && looks_like_name(letters + " " + letters);
}

// The word is an authority prefix and nothing more: "KT.", "K/T", not "KT.ỐỐỐ", whose
// glued text would be lost.
bool prefix_word(std::string_view w, const std::string& id) {
  std::string letters;
  for (char c : w)
    if (c != '.' && c != '/') letters += c;
  return letters == id;
}

std::vector<SigPiece> split_signature_line(std::string_view s) {
  std::vector<SigPiece> out;
  const auto words = text::words(s);
  size_t i = 0;
  auto text_of = [&](size_t a, size_t b) {
    return std::string(s.substr(static_cast<size_t>(words[a].data() - s.data()),
                                static_cast<size_t>(words[b - 1].data() + words[b - 1].size() - words[a].data())));
  };
  while (i < words.size()) {
    const std::string_view w = words[i];
    // "(Đã ký …)"
    if (!w.empty() && w.front() == '(') {
      size_t j = i;
      while (j < words.size() && j - i < 8 && words[j].back() != ')') ++j;
      if (j < words.size() && is_signature_mark(text_of(i, j + 1))) {
        out.push_back({SigPiece::Kind::Mark, "", text_of(i, j + 1), ""});
        i = j + 1;
        continue;
      }
    }
    if (auto a = parse_authority(std::string(w) + " XX"); a && prefix_word(w, a->first)) {
      size_t j = i + 1;
      while (j < words.size() && is_caps(words[j]) && !parse_authority(std::string(words[j]) + " XX")) ++j;
      if (j > i + 1) {
        out.push_back({SigPiece::Kind::Authority, a->first, text_of(i + 1, j), std::string(w)});
        i = j;
        continue;
      }
    }
    if (is_caps(w)) {
      // At least this word: a prefix with nothing after it ("TM.") is caps text too.
      size_t j = i + 1;
      while (j < words.size() && is_caps(words[j]) && !parse_authority(std::string(words[j]) + " XX")) ++j;
      out.push_back({SigPiece::Kind::Caps, "", text_of(i, j), ""});
      i = j;
      continue;
    }
    if (title_word(w)) {
      size_t j = i;
      while (j < words.size() && j - i < 6 && title_word(words[j])) ++j;
      const std::string t = text_of(i, j);
      out.push_back({looks_like_name(t) ? SigPiece::Kind::Name : SigPiece::Kind::Other, "", t, ""});
      i = j;
      continue;
    }
    size_t j = i + 1;
    while (j < words.size() && !is_caps(words[j]) && !title_word(words[j])) ++j;
    out.push_back({SigPiece::Kind::Other, "", text_of(i, j), ""});
    i = j;
  }
  return out;
}

class Recogniser {
 public:
  explicit Recogniser(std::vector<SourceLine> lines) : lines_(std::move(lines)) {}

  Recognised run() {
    header_.read();
    title_.read(header_.found(), header_.run_on_subject());
    const size_t tail = find_tail(lines_.pos());
    auto notes = body_.read(tail, stray_);
    size_t after = tail < lines_.size() ? signature_and_recipients(tail) : tail;
    std::vector<SourceLine> rest = lines_.lines_between(after, lines_.size());
    auto bracket = extract_bracket_footnotes(rest);
    notes.insert(notes.end(), bracket.begin(), bracket.end());
    appendices_and_clutter(rest);
    finish(std::move(notes));
    return {std::move(d_), lines_.take_report()};
  }

 private:
  void note(ReportEntry::Kind k, int line, std::string what, std::string_view text = {}) {
    lines_.note(k, line, std::move(what), text);
  }
  void aside(const SourceLine& l) { set_aside(l, d_, lines_); }

  // ---- body --------------------------------------------------------------------

  size_t find_tail(size_t from) const {
    for (size_t i = from; i < lines_.size(); ++i) {
      const auto& l = lines_.at(i);
      if (l.table || l.blank()) continue;
      if (starts_with_label(l.plain, "Nơi nhận") || starts_with_label(l.plain, "NƠI NHẬN")) return i;
      if (parse_authority(l.plain)) return i;
      // A signature line run together with others: it starts with an authority prefix.
      const auto first = text::words(std::string_view(l.plain).substr(0, 16));
      if (first.empty() || !parse_authority(std::string(first.front()) + " XX")) continue;
      const auto pieces = split_signature_line(l.plain);
      if (!pieces.empty() && pieces.front().kind == SigPiece::Kind::Authority) return i;
    }
    return lines_.size();
  }

  // ---- Nơi nhận and signature -----------------------------------------------------

  // Returns the index after the last line of the blocks.
  size_t signature_and_recipients(size_t i) {
    bool in_recipients = false;
    model::Signature& sig = d_.signature;
    model::Recipients& rec = d_.recipients;
    std::string pending;  // leftover of a line, read before the next line
    size_t last_used = i;
    while (i < lines_.size() || !pending.empty()) {
      std::string s;
      int n = 0;
      const bool from_pending = !pending.empty();
      if (from_pending) {
        s = std::move(pending);
        pending.clear();
        n = lines_.at(std::min(i, lines_.size()) - 1).n;
      } else {
        const auto& l = lines_.at(i);
        if (l.table) break;
        ++i;
        if (l.blank()) continue;
        s = l.plain;
        n = l.n;
      }
      if (starts_with_label(s, "Nơi nhận") || starts_with_label(s, "NƠI NHẬN")) {
        in_recipients = true;
        std::string rest = trim_copy(s.substr(std::string_view("Nơi nhận").size()));
        if (!rest.empty() && rest[0] == ':') rest = trim_copy(rest.substr(1));
        if (noi_nhan_line_ > 0)  // the list goes on; its label is printed once
          note(ReportEntry::Kind::Dropped, n, "Nơi nhận again", s.substr(0, s.size() - rest.size()));
        else
          note(ReportEntry::Kind::Recognised, n, "Nơi nhận");
        noi_nhan_line_ = n;
        pending = rest;
        last_used = i;
        continue;
      }
      if (in_recipients && d_.recipients.has_archive && d_.recipients.drafter.empty() && drafter_line(s, n)) {
        last_used = i;
        continue;
      }
      if (in_recipients && !d_.recipients.has_archive) {
        if (auto leftover = recipient_line(s, n)) {
          last_used = i;
          if (leftover->empty()) continue;
          if (*leftover != s) {
            pending = *leftover;
            continue;
          }
        }
      }
      // Signature pieces.
      const auto pieces = split_signature_line(s);
      bool used = false;
      std::string left;
      for (size_t p = 0; p < pieces.size(); ++p) {
        const auto& piece = pieces[p];
        if (!left.empty()) {
          left += " " + piece.text;
          continue;
        }
        switch (piece.kind) {
          case SigPiece::Kind::Authority: {
            if (!sig.signer.empty()) {
              left = piece.text;
              left = (piece.prefix + ". ") + left;
              break;
            }
            std::string of = piece.text;
            // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the role run on.
            const size_t pho = of.find(" PHÓ ");
            if (pho != std::string::npos && piece.prefix == "KT") {
              sig.role = of.substr(pho + 1);
              of = of.substr(0, pho);
            }
            sig.authorities.push_back({piece.prefix, of});
            sig.present = used = true;
            note(ReportEntry::Kind::Recognised, n, "signature authority " + piece.prefix, piece.text);
            // "K/T" is printed "KT." as Decree 30 writes it.
            if (strip_end(piece.written, ".") != piece.prefix)
              note(ReportEntry::Kind::Repaired, n, "authority prefix", piece.written + " → " + piece.prefix + ".");
            break;
          }
          case SigPiece::Kind::Caps:
            if (!sig.signer.empty()) {
              left = piece.text;
              break;
            }
            if (!sig.authorities.empty() && sig.role.empty() &&
                (sig.authorities.back().of.ends_with("NHÂN") || sig.authorities.back().of.ends_with(","))) {
              sig.authorities.back().of += " " + piece.text;
            } else if (sig.role.empty()) {
              sig.role = piece.text;
              note(ReportEntry::Kind::Recognised, n, "signer's role", piece.text);
            } else {
              sig.role += " " + piece.text;
            }
            sig.present = used = true;
            break;
          case SigPiece::Kind::Mark:
            sig.mark = piece.text;
            sig.present = used = true;
            break;
          case SigPiece::Kind::Name: {
            const bool later_caps = std::any_of(pieces.begin() + static_cast<long>(p) + 1, pieces.end(),
                                                [](const SigPiece& q) { return q.kind == SigPiece::Kind::Caps; });
            if (!sig.signer.empty() || (later_caps && sig.role.empty())) {
              // A stray name before the role (a drafter's name run on): kept with the archive line.
              if (sig.signer.empty() && rec.has_archive) {
                rec.archive += " " + piece.text;
                note(ReportEntry::Kind::Unclassified, n, "name before the signature kept in the Lưu line", piece.text);
                used = true;
                break;
              }
              left = piece.text;
              break;
            }
            if (sig.role.empty() && sig.authorities.empty() && !in_recipients && pieces.size() == 1 &&
                !d_.signature.present) {
              left = piece.text;
              break;
            }
            sig.signer = piece.text;
            sig.present = used = true;
            note(ReportEntry::Kind::Recognised, n, "signer", piece.text);
            break;
          }
          case SigPiece::Kind::Other:
            left = piece.text;
            break;
        }
      }
      if (!left.empty() && used) {
        pending = left;  // "… Nguyễn Hữu Tháp CHƯƠNG TRÌNH …": the rest starts what follows
        last_used = i;
        if (!sig.signer.empty() && (!in_recipients || rec.has_archive || !rec.items.empty())) {
          // The blocks are over; hand the rest to what follows.
          return push_back_rest(i, pending, n);
        }
        continue;
      }
      if (used) {
        last_used = i;
        continue;
      }
      // Not part of either block: the blocks end here. A piece of a line goes back as a
      // line of its own, so what follows reads it.
      if (from_pending) return push_back_rest(i, s, n);
      return i - 1 < last_used ? last_used : i - 1;
    }
    return last_used;
  }

  // The rest of a line that ended the blocks: it becomes a line of its own.
  size_t push_back_rest(size_t i, const std::string& rest, int n) {
    // "… TÌNH HÌNH MỚI” (Ban hành kèm theo Quyết định …)": an appendix title and its
    // reference line, run together.
    std::vector<std::string> parts{rest};
    for (std::string_view ref : {" (Ban hành kèm theo", " (ban hành kèm theo", " (Kèm theo", " (kèm theo"})
      if (const size_t p = rest.find(ref); p != std::string::npos) {
        parts = {rest.substr(0, p), rest.substr(p + 1)};
        break;
      }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
      SourceLine l;
      l.n = n;
      l.raw = *it;
      l.plain = *it;
      lines_.insert(i, l);
    }
    return i;
  }

  // Decree 30 cell 12 under the Lưu line: the drafter's initials and the copies made,
  // "PL.(300)", "Huy (23 bản)".
  bool drafter_line(const std::string& s, int n) {
    const auto words = text::words(s);
    if (words.empty() || words.size() > 3) return false;
    std::string initials(words[0]);
    while (!initials.empty() && initials.back() == '.') initials.pop_back();
    const size_t paren = initials.find('(');
    std::string rest = s.substr(static_cast<size_t>(words[0].data() - s.data()) +
                                (paren == std::string::npos ? words[0].size() : paren));
    if (paren != std::string::npos) initials = initials.substr(0, paren);
    while (!initials.empty() && initials.back() == '.') initials.pop_back();
    rest = trim_copy(rest);
    if (initials.empty() || !valid_symbol(initials) || initials.find_first_of("-/.") != std::string::npos) return false;
    std::string digits;
    if (!rest.empty()) {
      if (rest.front() != '(' || rest.back() != ')') return false;
      const std::string inside = trim_copy(rest.substr(1, rest.size() - 2));
      size_t k = 0;
      while (k < inside.size() && inside[k] >= '0' && inside[k] <= '9') digits += inside[k++];
      const std::string unit = trim_copy(inside.substr(k));
      if (digits.empty() || !(unit.empty() || unit == "bản" || unit == "b")) return false;
      // Decree 30 writes the count alone: "PL.(300)".
      if (!unit.empty()) note(ReportEntry::Kind::Dropped, n, "unit of the copies", unit);
    } else if (!is_caps(initials)) {
      return false;
    }
    d_.recipients.drafter = initials;
    d_.recipients.copies = digits;
    note(ReportEntry::Kind::Recognised, n, "drafter and copies", s);
    return true;
  }

  // One line of the Nơi nhận list. Returns what is left for the signature ("" when all
  // of it was a recipient), or nullopt when the line is not a recipient at all.
  std::optional<std::string> recipient_line(const std::string& line, int n) {
    model::Recipients& rec = d_.recipients;
    std::string s = line;
    const Label lab = read_label(s);
    const bool listed = lab.kind == Label::Kind::Dash || lab.kind == Label::Kind::Plus;
    if (listed) s = s.substr(lab.length);
    if (starts_with_label(s, "Lưu")) {
      std::string a = trim_copy(s.substr(std::string_view("Lưu").size()));
      if (!a.empty() && a[0] == ':') a = trim_copy(a.substr(1));
      // "Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG …": the archive ends at its full stop.
      std::string left;
      const size_t stop = a.find(". ");
      if (stop != std::string::npos) {
        left = trim_copy(a.substr(stop + 2));
        a = a.substr(0, stop);
      }
      rec.has_archive = true;
      rec.archive = strip_end(a, ".;");
      note(ReportEntry::Kind::Recognised, n, "Lưu", line);
      // A drafter's mark with copies on the next line ("Huy (23 bản)") is read apart.
      return left;
    }
    if (!listed && (is_caps(s) || parse_authority(s) || looks_like_name(s) || is_signature_mark(s)))
      return std::nullopt;
    if (!listed) {
      const auto pieces = split_signature_line(s);
      if (!pieces.empty() && pieces.front().kind == SigPiece::Kind::Authority) return std::nullopt;
    }
    // "Như trên; (Đã ký …)", "…; Lê Thị Bích Thuận": a signature piece after the last ";".
    std::string left;
    const size_t semi = s.rfind("; ");
    if (semi != std::string::npos) {
      const std::string tail = trim_copy(s.substr(semi + 2));
      const auto pieces = split_signature_line(tail);
      if (!pieces.empty() && pieces.front().kind != SigPiece::Kind::Other) {
        left = tail;
        s = s.substr(0, semi + 1);
      }
    }
    if (!listed && !rec.items.empty() && !rec.items.back().text.empty() && !last_recipient_closed_) {
      // An item that went on to an unmarked line.
      rec.items.back().text += " " + strip_end(s, ";.");
      last_recipient_closed_ = s.ends_with(";") || s.ends_with(".");
      return left;
    }
    if (!listed && !s.ends_with(";") && !s.ends_with(".") && rec.items.empty() && length_cp(s) > 80)
      return std::nullopt;
    model::Recipient r;
    std::string t = strip_end(s, ";.,");
    if (auto pp = split_purpose(t)) {
      r.text = pp->first;
      r.purpose = pp->second;
    } else {
      r.text = t;
    }
    if (r.text.empty()) return left;
    last_recipient_closed_ = s.ends_with(";") || s.ends_with(".");
    rec.items.push_back(std::move(r));
    return left;
  }

  // ---- after the blocks ------------------------------------------------------------

  // An appendix opens with "PHỤ LỤC …", or with a title in capitals followed by its
  // "(Kèm theo …)" line; a short label above the title ("Mẫu biểu số 01") belongs to it.
  bool appendix_start(const std::vector<SourceLine>& lines, size_t k) const {
    const auto& l = lines[k];
    if (l.table || l.blank()) return false;
    const std::string key = anchor_key(l.plain);
    if (starts_with_label(key, "PHỤ LỤC") && length_cp(l.plain) < 120) return true;
    if (!is_caps(l.plain)) {
      if (length_cp(l.plain) > 40 || !l.bold) return false;
      const size_t j = next_nonblank_in(lines, k + 1);
      return j < lines.size() && is_caps(lines[j].plain) && appendix_start(lines, j);
    }
    int seen = 0;
    for (size_t j = k + 1; j < lines.size() && seen < 5; ++j) {
      if (lines[j].blank()) continue;
      if (lines[j].table) return false;
      if (appendix_reference(lines[j].plain)) return true;
      if (!is_caps(lines[j].plain)) return false;
      ++seen;
    }
    return false;
  }

  static size_t next_nonblank_in(const std::vector<SourceLine>& lines, size_t j) {
    while (j < lines.size() && lines[j].blank() && !lines[j].table) ++j;
    return j;
  }

  // Decree 30 cell 13, the address block at the foot of page 1 (a footer in office
  // files): "Địa chỉ: …", "Điện thoại: …", "E-mail: …", "Website: …".
  // Only lines before `end` (where website matter starts) are looked at.
  void take_contact_lines(std::vector<SourceLine>& lines, size_t end) {
    static constexpr std::string_view kLabels[] = {"Địa chỉ", "Điện thoại", "ĐT:", "E-mail", "Email", "Website", "Fax"};
    std::vector<SourceLine> kept;
    for (size_t j = 0; j < lines.size(); ++j) {
      auto& l = lines[j];
      bool contact = false;
      if (j < end && !l.table && d_.contact.size() < 4 && length_cp(l.plain) <= 160)
        for (auto label : kLabels) contact = contact || starts_with(l.plain, label);
      if (contact) {
        d_.contact.push_back(l.plain);
        note(ReportEntry::Kind::Recognised, l.n, "address block", l.plain);
      } else {
        kept.push_back(std::move(l));
      }
    }
    lines = std::move(kept);
  }

  void appendices_and_clutter(std::vector<SourceLine>& lines) {
    size_t site = lines.size();
    for (size_t j = 0; j < lines.size() && site == lines.size(); ++j)
      if (!lines[j].table && site_clutter(lines[j].plain)) site = j;
    take_contact_lines(lines, site);
    size_t k = 0;
    std::vector<size_t> starts;
    for (size_t j = 0; j < lines.size(); ++j)
      if (appendix_start(lines, j)) {
        starts.push_back(j);
        // Skip its title lines so they do not count as further starts.
        while (j + 1 < lines.size() && !lines[j + 1].table &&
               (lines[j + 1].blank() || is_caps(lines[j + 1].plain) || appendix_reference(lines[j + 1].plain)))
          ++j;
      }
    // Clutter: from a site phrase (and the few lines just before it) to the end.
    size_t clutter = lines.size();
    const size_t from = starts.empty() ? 0 : starts.front();
    for (size_t j = from; j < lines.size(); ++j)
      if (!lines[j].table && site_clutter(lines[j].plain)) {
        clutter = j;
        int back = 0;
        while (clutter > from && back < 3 && !lines[clutter - 1].blank() && !lines[clutter - 1].table) {
          --clutter;
          ++back;
        }
        break;
      }
    while (!starts.empty() && starts.back() >= clutter) starts.pop_back();
    const size_t first = starts.empty() ? clutter : starts.front();
    // Text between the signature and the first appendix.
    bool any = false;
    for (; k < first; ++k) any = any || !lines[k].blank();
    if (any) {
      // Website matter after the signature opens with one of the site's phrases (or a
      // few lines before one); other text is the document's and stays printed.
      const bool outside = first == clutter && clutter < lines.size() && leading_lines(lines, clutter) <= 3;
      bool has_table = false;
      for (size_t j = 0; j < first; ++j) has_table = has_table || lines[j].table;
      if (!outside && (has_table || leading_lines(lines, first) > 3)) {
        // Text of the document's own after the signature, with no title to know it by:
        // an appendix, so tables and structure survive.
        note(ReportEntry::Kind::Unclassified, lines[0].n, "text after the signature kept as an appendix");
        appendix(std::vector<SourceLine>(lines.begin(), lines.begin() + static_cast<long>(first)));
      } else {
        for (size_t j = 0; j < first; ++j) {
          if (outside) {
            aside(lines[j]);
          } else if (!lines[j].blank()) {
            model::Node n;
            n.text = parse_inline(lines[j].raw);
            n.line = lines[j].n;
            d_.closing.push_back(std::move(n));
            note(ReportEntry::Kind::Unclassified, lines[j].n, "text after the Nơi nhận kept as a paragraph",
                 lines[j].plain);
          }
        }
      }
    }
    for (size_t a = 0; a < starts.size(); ++a) {
      const size_t end = a + 1 < starts.size() ? starts[a + 1] : clutter;
      appendix(std::vector<SourceLine>(lines.begin() + static_cast<long>(starts[a]),
                                       lines.begin() + static_cast<long>(end)));
    }
    for (size_t j = clutter; j < lines.size(); ++j) aside(lines[j]);
  }

  static size_t leading_lines(const std::vector<SourceLine>& lines, size_t end) {
    size_t n = 0;
    for (size_t j = 0; j < end; ++j) n += !lines[j].blank();
    return n;
  }

  void appendix(std::vector<SourceLine> lines) {
    model::Appendix a;
    size_t k = 0;
    std::string title;
    model::Text label;
    const int line = lines.front().n;
    for (; k < lines.size(); ++k) {
      const auto& l = lines[k];
      if (l.blank()) continue;
      if (l.table) break;
      const std::string key = anchor_key(l.plain);
      if (k == 0 && starts_with_label(key, "PHỤ LỤC")) {
        // "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC: DANH MỤC …"
        std::string rest = trim_copy(l.plain.substr(std::min(l.plain.size(), std::string("PHỤ LỤC").size())));
        const auto w = text::words(rest);
        if (!w.empty() && std::string_view("IVXLC0123456789").find(w.front()[0]) != std::string_view::npos &&
            w.front().find_first_not_of("IVXLC0123456789.:") == std::string_view::npos) {
          // "PHỤ LỤC II": the renderer numbers the appendices itself.
          note(ReportEntry::Kind::Dropped, l.n, "appendix number", w.front());
          rest = trim_copy(rest.substr(w.front().size()));
        }
        if (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == '.')) rest = trim_copy(rest.substr(1));
        title = rest;
        continue;
      }
      if (appendix_reference(l.plain)) {
        std::string ref = l.plain;
        while (!ref.ends_with(")") && k + 1 < lines.size() && !lines[k + 1].blank() && !lines[k + 1].table) {
          ref += " " + lines[++k].plain;
        }
        a.reference = ref;
        ++k;
        break;
      }
      if (!is_caps(l.plain)) {
        if (k == 0 && title.empty()) {
          label = parse_inline(l.raw);  // "Mẫu biểu số 01": printed above the table
          continue;
        }
        break;
      }
      title += (title.empty() ? "" : " ") + l.plain;
    }
    a.title = title.empty() ? "Phụ lục" : title;
    std::vector<SourceLine> content(lines.begin() + static_cast<long>(k), lines.end());
    const auto paras = assemble_paragraphs(content, lines_.report());
    Body b = build_body(paras, BodyOptions{}, lines_.report());
    a.content = std::move(b.nodes);
    a.arabic = b.arabic_top;
    if (!label.empty()) {
      model::Node n;
      n.text = std::move(label);
      a.content.insert(a.content.begin(), std::move(n));
    }
    for (const auto& n : a.content)
      if (n.kind == model::Node::Kind::Table && n.table.widths.size() > 6) a.landscape = true;
    note(ReportEntry::Kind::Recognised, line, "appendix", a.title);
    d_.appendices.push_back(std::move(a));
  }

  void finish(std::vector<FootnoteBody> notes) {
    std::vector<std::vector<model::Node>*> trees{&d_.preamble, &d_.body, &d_.closing};
    for (auto& a : d_.appendices) trees.push_back(&a.content);
    // Bases hold text too: bind there through a temporary tree.
    std::vector<model::Node> bases;
    for (auto& b : d_.bases) {
      model::Node n;
      n.text = b;
      bases.push_back(std::move(n));
    }
    trees.insert(trees.begin(), &bases);
    auto unbound = bind_footnotes(std::move(notes), trees, lines_.report());
    for (size_t j = 0; j < bases.size(); ++j) d_.bases[j] = bases[j].text;
    for (auto& f : unbound) {
      model::Node n;
      n.text = f.text;
      n.text.insert(n.text.begin(), text_run(std::to_string(f.number) + " "));
      n.line = f.line;
      d_.closing.push_back(std::move(n));
      note(ReportEntry::Kind::Unclassified, f.line, "footnote without a mark kept as a paragraph", plain_text(f.text));
    }
    const auto& rec = d_.recipients;
    if (noi_nhan_line_ > 0 && rec.items.empty() && !rec.has_archive && rec.drafter.empty()) {
      // "Nơi nhận:" with no list after it: the renderer would print nothing, so the
      // label stays as text.
      model::Node n;
      n.text = {text_run("Nơi nhận:")};
      n.line = noi_nhan_line_;
      d_.closing.push_back(std::move(n));
      note(ReportEntry::Kind::Unclassified, noi_nhan_line_, "Nơi nhận without a list kept as a paragraph");
    }
    header_.report_after_document();
  }

  LineCursor lines_;
  model::Document d_;
  std::vector<std::string> stray_;
  bool last_recipient_closed_ = true;
  int noi_nhan_line_ = 0;
  AddresseeRecogniser addressee_{lines_, d_, stray_};
  HeaderRecogniser header_{lines_, d_, addressee_, stray_};
  TitleRecogniser title_{lines_, d_, addressee_};
  BodyRecogniser body_{lines_, d_};
};

}  // namespace

Recognised recognise(std::vector<SourceLine> lines) { return Recogniser(std::move(lines)).run(); }

}  // namespace vanban::import

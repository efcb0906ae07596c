// The .docx half of office_text: an office::Document read from a .docx as the markup
// text import recognises, exactly as import has always written it. What it marks up is
// what paragraphs and runs state themselves (Run::stated_bold, Paragraph::stated_centred,
// Paragraph::stated_label), not what their styles give; the text of each run is decoded
// by the font it is drawn in (RunLook::font, resolved through the styles and the theme).
// The body comes first (paragraphs of nested tables are left out, as they always were),
// then the footers word/footer1.xml … word/footer6.xml in that order, then the footnotes.
#include <algorithm>
#include <map>

#include "import/office_lines.h"
#include "import/office_parts.h"

namespace vanban::import {
namespace {

// The code points of UTF-8 `s` all in U+F000–U+F0FF: glyphs of a symbol font (a w:sym
// bullet or tick in Wingdings), which have no letter to give.
bool symbol_glyphs(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3) {
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 != 0xEF || (b1 != 0x80 && b1 != 0x81 && b1 != 0x82 && b1 != 0x83)) return false;
  }
  return true;
}

// The text as stored without its optional (soft) hyphens, U+00AD.
std::string without_soft_hyphens(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
      ++i;
      continue;
    }
    out += s[i];
  }
  return out;
}

// The text a run shows as import reads it: in a legacy font decoded (a soft hyphen there
// is the byte 0xAD, which TCVN3 uses for "ư"); in a Unicode font without soft hyphens
// and symbol glyphs. In capitals when the run is (w:caps).
std::string shown(const office::Run& r, FontDecoder& dec) {
  const auto legacy = legacy_font(r.look.font);
  if (!legacy && symbol_glyphs(r.text)) return {};
  return dec.shown(legacy ? r.text : without_soft_hyphens(r.text), r.look.font, legacy, r.look.caps);
}

// A tab or break as the space import writes for it, in the run's font.
office::Run space(const office::Run& r) {
  office::Run s = r;
  s.kind = office::Run::Kind::Text;
  s.text = " ";
  return s;
}

std::string decoded_text(const office::Paragraph& p, bool& legacy_runs) {
  return office::text_of_runs(p, [&](const office::Run& r) -> std::string {
    if (const auto legacy = legacy_font(r.look.font)) {
      legacy_runs = true;
      return decode_font_text(r.text, *legacy);
    }
    return symbol_glyphs(r.text) ? std::string() : without_soft_hyphens(r.text);
  });
}

// The footer parts import reads, in the order it always has: word/footer1.xml …
// word/footer6.xml, whether a section names them or not.
std::vector<const office::HeaderFooter*> footers(const office::Document& d) {
  std::map<int, const office::HeaderFooter*> by_number;
  auto add = [&](const office::HeaderFooter& f) {
    if (!f.present) return;
    const std::string_view part = f.part;
    if (part.size() != std::string_view("word/footer1.xml").size() || !part.starts_with("word/footer") ||
        !part.ends_with(".xml"))
      return;
    const char n = part[11];
    if (n >= '1' && n <= '6') by_number.emplace(n - '0', &f);
  };
  for (const auto& s : d.sections) {
    add(s.footer_first);
    add(s.footer_other);
  }
  for (const auto& f : d.unused_footers) add(f);
  std::vector<const office::HeaderFooter*> out;
  for (const auto& [n, f] : by_number) out.push_back(f);
  return out;
}

class DocxLines {
 public:
  explicit DocxLines(const office::Document& d) : d_(d) {}

  OfficeLines lines() {
    OfficeLines out;
    LineNotes lines(&out.decodings, &out.paragraph_of_line);
    std::string& text = out.text;
    body(d_.paragraphs, true, text, lines);
    // Footers hold the address block (Decree 30 cell 13); they come last, after the
    // signature, where the recogniser looks for it.
    for (const auto* f : footers(d_)) {
      text += "\n";
      body(f->paragraphs, false, text, lines);
    }
    text = with_notes(std::move(text), notes_, note_decodings_, lines);
    finish_lines(d_, decoded_text, out);
    return out;
  }

 private:
  // A footnote's text: its paragraphs' text runs one after another (tabs, breaks and
  // marks left out, as they always were).
  void note(const std::vector<office::Paragraph>& paragraphs) {
    FontDecoder dec;
    std::string s;
    for (const auto& p : paragraphs)
      for (const auto& r : p.runs)
        if (r.kind == office::Run::Kind::Text) s += clean(shown(r, dec));
    notes_.push_back(std::move(s));
    note_decodings_.push_back(dec.take());
  }

  Para paragraph(const office::Paragraph& p, bool in_body) {
    std::vector<Piece> pieces;
    for (const auto& r : p.runs) {
      std::string t;
      switch (r.kind) {
        case office::Run::Kind::Text:
          t = clean(shown(r, decoder_));
          break;
        case office::Run::Kind::Tab:
        case office::Run::Kind::Break:
          // A space, decoded with its neighbours (it is part of the run's text for the
          // notes of what was decoded).
          t = shown(space(r), decoder_);
          break;
        case office::Run::Kind::FootnoteRef:
          if (r.footnote >= 0 && static_cast<size_t>(r.footnote) < d_.footnotes.size())
            note(d_.footnotes[static_cast<size_t>(r.footnote)]);
          else
            note({});
          t = "[" + std::to_string(notes_.size()) + "]";
          break;
        case office::Run::Kind::PageNumber:
        case office::Run::Kind::PageCount:
          break;
      }
      pieces.push_back({std::move(t), r.stated_bold, r.stated_italic});
    }
    std::string s = join_pieces(pieces);
    // Word's automatic numbering: the label it shows, put back in front of the text.
    if (!p.stated_label.empty() && !s.empty()) s = p.stated_label + " " + s;
    if (p.stated_centred && !s.empty()) s = "## " + s;
    return {s, decoder_.take(), in_body ? p.index : 0};
  }

  // Paragraphs one a line; a top-level table's as emit_table writes them.
  void body(const std::vector<office::Paragraph>& ps, bool in_body, std::string& out, LineNotes& lines) {
    size_t i = 0;
    while (i < ps.size()) {
      if (ps[i].nesting == 0) {
        Para p = paragraph(ps[i++], in_body);
        lines.next_line(out, p.decodings, p.index);
        out += p.text + "\n";
        continue;
      }
      Rows rows;
      int table = -1;
      for (; i < ps.size() && ps[i].nesting > 0; ++i) {
        const auto& q = ps[i];
        if (q.nesting != 1) continue;  // a nested table's
        if (table >= 0 && q.table != table) break;
        table = q.table;
        const auto row = static_cast<size_t>(std::max(q.row, 0)), cell = static_cast<size_t>(std::max(q.cell, 0));
        if (rows.size() <= row) rows.resize(row + 1);
        if (rows[row].size() <= cell) rows[row].resize(cell + 1);
        Para t = paragraph(q, in_body);
        if (t.text.rfind("## ", 0) == 0) t.text = t.text.substr(3);
        if (!t.text.empty()) rows[row][cell].push_back(std::move(t));
      }
      emit_table(rows, out, lines);
    }
  }

  const office::Document& d_;
  FontDecoder decoder_;  // the paragraph being read
  std::vector<std::string> notes_;
  std::vector<std::vector<Decoding>> note_decodings_;  // each footnote's
};

}  // namespace

OfficeLines docx_lines(const office::Document& d) { return DocxLines(d).lines(); }

}  // namespace vanban::import

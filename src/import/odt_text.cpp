// The .odt half of office_text: an office::Document read from an .odt as the markup
// text import recognises, exactly as import has always written it. What it marks up is
// what import has always read of the styles (Run::stated_bold and stated_italic: the
// emphasis a paragraph's or span's own style states; Paragraph::stated_centred,
// Paragraph::stated_label: text:list labels counted as import always counted them), not
// what LibreOffice resolves; each run's text is decoded by the font it is drawn in
// (RunLook::font, resolved through the styles). The body comes first: a table's rows
// (a nested table's too, as rows of the table around it) hold the paragraphs that are
// its cells' own, not those of lists in them. Then the footers of every master page,
// in styles.xml order (Document::unused_footers), then the footnotes.
#include "import/office_lines.h"

#include <algorithm>
#include <map>
#include <utility>

#include "import/font_decoding.h"
#include "import/office_parts.h"

namespace vanban::import {
namespace {

// The text a run shows as import reads it: in a legacy font decoded, in capitals when
// the run is (fo:text-transform).
std::string shown(const office::Run& r, FontDecoder& dec) {
  return dec.shown(r.text, r.look.font, legacy_font(r.look.font), r.look.caps);
}

std::string decoded_text(const office::Paragraph& p, bool& legacy_runs) {
  return office::text_of_runs(p, [&](const office::Run& r) -> std::string {
    if (const auto legacy = legacy_font(r.look.font)) {
      legacy_runs = true;
      return decode_font_text(r.text, *legacy);
    }
    return r.text;
  });
}

// Whether a text run is a text:s (the reader gives each its own run): only spaces, and
// more than one, or one where white space collapsing would have dropped a typed one
// (at the paragraph's start, after a space).
bool text_s(const std::string& text, bool after_space) {
  if (text.empty() || text.find_first_not_of(' ') != std::string::npos) return false;
  return text.size() > 1 || after_space;
}

class OdtMarkup {
 public:
  explicit OdtMarkup(const office::Document& d) : d_(d) {}

  OfficeLines lines() {
    OfficeLines out;
    LineNotes lines(&out.decodings, &out.paragraph_of_line);
    std::string& text = out.text;
    body(d_.paragraphs, true, text, lines);
    // Footers hold the address block (Decree 30 cell 13); they come last, after the
    // signature, where the recogniser looks for it.
    // For an .odt, Document::unused_footers holds every master page's footer-first and
    // footer in styles.xml order, shown or not, as import has always read them.
    for (const auto& f : d_.unused_footers) {
      text += "\n";
      if (f.present) body(f.paragraphs, false, text, lines);
    }
    text = with_notes(std::move(text), notes_, note_decodings_, lines);
    finish_lines(d_, decoded_text, out);
    return out;
  }

 private:
  // A paragraph's runs with the emphasis they state; a tab, break or text:s one space.
  std::string runs(const office::Paragraph& p, FontDecoder& dec) {
    std::vector<Piece> pieces;
    bool after_space = true;  // the paragraph so far ends in a space (or is empty)
    for (const auto& r : p.runs) {
      switch (r.kind) {
        case office::Run::Kind::Text:
          if (text_s(r.text, after_space))
            pieces.push_back({" ", r.stated_bold, r.stated_italic});
          else
            pieces.push_back({clean(shown(r, dec)), r.stated_bold, r.stated_italic});
          break;
        case office::Run::Kind::Tab:
        case office::Run::Kind::Break:
          pieces.push_back({" ", r.stated_bold, r.stated_italic});
          break;
        case office::Run::Kind::FootnoteRef:
          if (r.footnote >= 0 && static_cast<size_t>(r.footnote) < d_.footnotes.size())
            note(d_.footnotes[static_cast<size_t>(r.footnote)]);
          else
            note({});
          pieces.push_back({"[" + std::to_string(notes_.size()) + "]", false, false});
          break;
        case office::Run::Kind::PageNumber:
        case office::Run::Kind::PageCount:
          break;
      }
      if (r.kind != office::Run::Kind::Text)
        after_space = false;
      else if (!r.text.empty())
        after_space = r.text.back() == ' ';
    }
    return join_pieces(pieces);
  }

  // A note's text: its paragraphs one after another with a space between; a list or
  // table in it adds nothing but that space (import read only its own paragraphs).
  void note(const std::vector<office::Paragraph>& paragraphs) {
    FontDecoder dec;
    std::string s;
    const office::Paragraph* last = nullptr;
    for (const auto& p : paragraphs) {
      std::string t;
      const bool own = p.table < 0 && p.look.list_level < 0;
      if (own) {
        t = runs(p, dec);
      } else if (last && (last->table >= 0 || last->look.list_level >= 0) && last->table == p.table &&
                 (last->look.list_level >= 0) == (p.look.list_level >= 0)) {
        last = &p;
        continue;  // the same list or table
      }
      s += (s.empty() ? "" : " ") + t;
      last = &p;
    }
    // Numbered once read: after any note inside it.
    notes_.push_back(std::move(s));
    note_decodings_.push_back(dec.take());
  }

  // A paragraph of the body or a footer.
  Para paragraph(const office::Paragraph& p, bool in_body) {
    std::string s = runs(p, decoder_);
    // The list item's label goes in front of its first paragraph with text.
    if (!p.stated_label.empty() && !s.empty()) s = p.stated_label + " " + s;
    if (p.stated_centred && !s.empty()) s = "## " + s;
    return {s, decoder_.take(), in_body ? p.index : 0};
  }

  // A paragraph of a table cell: its runs only.
  Para cell(const office::Paragraph& p, bool in_body) {
    std::string s = runs(p, decoder_);
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
      // The rows of the table and of the tables nested in it, in the order they come.
      Rows rows;
      std::map<std::pair<int, int>, size_t> row_of;
      int table = -1;
      for (; i < ps.size() && ps[i].nesting > 0; ++i) {
        const auto& q = ps[i];
        if (q.nesting == 1) {
          if (table >= 0 && q.table != table) break;
          table = q.table;
        }
        if (q.look.list_level >= 0) continue;  // in a list in the cell
        const auto [at, added] = row_of.try_emplace({q.table, q.row}, rows.size());
        if (added) rows.emplace_back();
        auto& row = rows[at->second];
        const auto c = static_cast<size_t>(std::max(q.cell, 0));
        if (row.size() <= c) row.resize(c + 1);
        Para t = cell(q, in_body);
        if (!t.text.empty()) row[c].push_back(std::move(t));
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

OfficeLines odt_lines(const office::Document& d) { return OdtMarkup(d).lines(); }

}  // namespace vanban::import

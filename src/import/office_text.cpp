#include "import/office_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <unicode/utf8.h>

#include "core/limits.h"
#include "import/docx_numbering.h"
#include "import/docx_styles.h"
#include "import/font_decoding.h"
#include "import/odt_text.h"
#include "import/office_lines.h"
#include "import/office_parts.h"
#include "office/document.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;
// Deeper XML than any office suite writes; the readers below walk it recursively.
constexpr int kMaxXmlDepth = 256;

// Whether any element of `doc` sits deeper than kMaxXmlDepth (walked without recursion).
bool too_deep(const pugi::xml_document& doc) {
  int depth = 0;
  pugi::xml_node n = doc.first_child();
  while (n) {
    if (n.first_child()) {
      n = n.first_child();
      if (++depth > kMaxXmlDepth) return true;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return false;
}

// The parts of one package, read and parsed within kMaxUnzippedBytes in all, so a
// package of many highly compressed parts (a zip bomb) ends with an error.
class PartReader {
 public:
  explicit PartReader(std::string_view zip) : zip_(zip) {}

  // Loads `name` into `doc`. Missing optional parts are fine (false, no error); a part
  // that is damaged, over the budget, not XML or too deep sets `why`.
  bool load(const char* name, pugi::xml_document& doc, bool required, std::string& why) {
    using S = package::ZipEntry::Status;
    auto e = package::read_zip(zip_, name, left_);
    if (e.status == S::Missing && !required) return false;
    if (!e) {
      why = e.status == S::TooLarge
                ? "the package inflates to more than " + std::to_string(limits::kMaxUnzippedBytes >> 20) +
                      " MiB (the limit; a zip bomb?)"
            : e.status == S::NotZip  ? "not a readable zip package"
            : e.status == S::Missing ? std::string("the package has no ") + name
                                     : std::string("cannot read ") + name + " from the package (damaged)";
      return false;
    }
    left_ -= e.data.size();
    const auto r = doc.load_buffer(e.data.data(), e.data.size(), kParse, pugi::encoding_utf8);
    if (!r) {
      why = std::string(name) + ": " + r.description() + " at byte " + std::to_string(r.offset);
      return false;
    }
    if (too_deep(doc)) {
      why = std::string(name) + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep";
      return false;
    }
    return true;
  }

 private:
  std::string_view zip_;
  size_t left_ = limits::kMaxUnzippedBytes;
};

// ---- DOCX ----

bool on(const pugi::xml_node& props, const char* name) {
  const auto n = props.child(name);
  if (!n) return false;
  const char* v = n.attribute("w:val").value();
  return !(std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0);
}

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// The character of a w:sym's code, as UTF-8 ("" for a code that is no
// character, or a control character XML cannot carry).
std::string utf8_of(unsigned long code) {
  if (code < 0x20 || (code >= 0xD800 && code < 0xE000) || code > 0x10FFFF) return {};
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(code));
  return std::string(buf, static_cast<size_t>(n));
}

struct DocxReader {
  std::vector<std::string> notes;
  std::vector<std::vector<Decoding>> note_decodings;  // each footnote's
  pugi::xml_document footnotes;
  DocxNumbering numbering;
  DocxStyles styles;
  FontDecoder decoder;  // the paragraph being read

  std::string note_text(const char* id) {
    FontDecoder note_decoder;
    std::string s;
    for (auto fn : footnotes.child("w:footnotes").children("w:footnote"))
      if (std::strcmp(fn.attribute("w:id").value(), id) == 0) {
        for (auto r : fn.select_nodes(".//w:r")) {
          pugi::xml_node p = r.node().parent();
          while (p && !is(p, "w:p")) p = p.parent();
          s += run_text(r.node(), p, note_decoder, true);
        }
        break;
      }
    note_decodings.push_back(note_decoder.take());
    return s;
  }

  // <w:sym w:font="Wingdings" w:char="F0A7"/>: a character in a font of its own. In a
  // legacy font it is a letter (U+F0xx: the font's byte); in a symbol font a glyph (a
  // bullet, a tick) with no letter to give.
  std::string sym(const pugi::xml_node& c, FontDecoder& dec, bool caps) {
    const char* font = c.attribute("w:font").value();
    const auto legacy = legacy_font(font);
    if (!legacy) return {};
    return dec.shown(utf8_of(std::strtoul(c.attribute("w:char").value(), nullptr, 16)), font, legacy, caps);
  }

  // The text a run shows, decoded in the font it is drawn in. In a footnote's text
  // (`in_note`) tabs, breaks and references are left out, as they always were.
  std::string run_text(const pugi::xml_node& run, const pugi::xml_node& p, FontDecoder& dec, bool in_note) {
    const DocxRunLook look = styles.run_look(run.child("w:rPr"), p);
    const bool caps = look.caps.value_or(false);
    // <w:softHyphen/> is an optional hyphen in a Unicode font, but in a legacy one it is
    // the byte 0xAD, which TCVN3 uses for "ư": Word writes that letter so.
    std::string out, with_shy, plain;
    auto flush = [&] {
      if (with_shy.empty()) return;
      const std::string font = look.font_for(with_shy);
      const auto legacy = legacy_font(font);
      out += dec.shown(legacy ? with_shy : plain, font, legacy, caps);
      with_shy.clear();
      plain.clear();
    };
    for (auto c : run.children()) {
      if (is(c, "w:t")) {
        with_shy += c.text().get();
        plain += c.text().get();
      } else if (is(c, "w:softHyphen")) {
        with_shy += "\u00AD";
      } else if (is(c, "w:noBreakHyphen")) {
        with_shy += '-';
        plain += '-';
      } else if (!in_note && (is(c, "w:tab") || is(c, "w:br"))) {
        with_shy += ' ';
        plain += ' ';
      } else if (is(c, "w:sym")) {
        flush();
        out += sym(c, dec, caps);
      } else if (!in_note && is(c, "w:footnoteReference")) {
        flush();
        notes.push_back(note_text(c.attribute("w:id").value()));
        out += "[" + std::to_string(notes.size()) + "]";
      }
    }
    flush();
    return clean(out);
  }

  Para paragraph(const pugi::xml_node& p) {
    std::vector<Piece> pieces;
    for (auto r : p.children()) {
      if (!is(r, "w:r") && !is(r, "w:hyperlink")) continue;
      std::vector<pugi::xml_node> runs;
      if (is(r, "w:r"))
        runs.push_back(r);
      else
        for (auto rr : r.children("w:r")) runs.push_back(rr);
      for (auto run : runs) {
        const auto rpr = run.child("w:rPr");
        pieces.push_back({run_text(run, p, decoder, false), on(rpr, "w:b"), on(rpr, "w:i")});
      }
    }
    std::string s = join_pieces(pieces);
    // Word's automatic numbering: the label it shows, put back in front of the text.
    if (const std::string label = numbering.label(p); !label.empty() && !s.empty()) s = label + " " + s;
    const char* jc = p.child("w:pPr").child("w:jc").attribute("w:val").value();
    if ((std::strcmp(jc, "center") == 0) && !s.empty()) s = "## " + s;
    return {s, decoder.take()};
  }

  void body(const pugi::xml_node& parent, std::string& out, LineNotes& lines) {
    for (auto n : parent.children()) {
      if (is(n, "w:p")) {
        Para p = paragraph(n);
        lines.next_line(out, p.decodings);
        out += p.text + "\n";
      } else if (is(n, "w:tbl")) {
        Rows rows;
        for (auto tr : n.children("w:tr")) {
          rows.emplace_back();
          for (auto tc : tr.children("w:tc")) {
            rows.back().emplace_back();
            for (auto p : tc.children("w:p")) {
              Para t = paragraph(p);
              if (t.text.rfind("## ", 0) == 0) t.text = t.text.substr(3);
              if (!t.text.empty()) rows.back().back().push_back(std::move(t));
            }
          }
        }
        emit_table(rows, out, lines);
      } else if (is(n, "w:sdt")) {
        body(n.child("w:sdtContent"), out, lines);
      }
    }
  }
};

}  // namespace

OfficeKind office_kind(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return OfficeKind::None;
  if (package::zip_has_entry(bytes, "word/document.xml")) return OfficeKind::Docx;
  if (auto m = package::read_zip_entry(bytes, "mimetype", 256);
      m && m->rfind("application/vnd.oasis.opendocument.text", 0) == 0)
    return OfficeKind::Odt;
  return OfficeKind::None;
}

std::optional<std::string> office_text(std::string_view bytes, OfficeKind kind, std::string& why,
                                       std::vector<DecodingNote>* decodings) {
  if (kind != OfficeKind::Docx) {
    // The one reader of .odt (src/office/odt_reader.h), its Document as import's markup.
    Errors errors;
    const auto d = office::read_document(bytes, "", errors);
    if (!d) {
      why = errors.empty() ? "not a readable .odt" : errors.front().message;
      return std::nullopt;
    }
    OfficeLines lines = odt_lines(*d);
    if (decodings) *decodings = std::move(lines.decodings);
    return std::move(lines.text);
  }
  if (const std::string bad = package::unsafe_entry_name(bytes); !bad.empty()) {
    why = "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused";
    return std::nullopt;
  }
  PartReader parts(bytes);
  pugi::xml_document doc;
  // pugixml never loads DTDs or external entities, nor expands entities beyond the
  // predefined five. parse_ws_pcdata keeps a run that is only a space (<w:t> </w:t>):
  // without it "I." and "MỤC ĐÍCH" would run together.
  if (!parts.load("word/document.xml", doc, true, why)) return std::nullopt;
  // An optional part that cannot be read loses only what it adds, unless the package
  // as a whole is over its limit.
  auto optional = [&](const char* name, pugi::xml_document& part) {
    std::string part_why;
    const bool ok = parts.load(name, part, false, part_why);
    if (part_why.starts_with("the package inflates")) why = part_why;
    return ok;
  };
  std::string out;
  std::vector<DecodingNote> notes;
  LineNotes lines(decodings ? &notes : nullptr);
  // The notes only of a text that is returned.
  auto done = [&](std::string text) {
    if (decodings) *decodings = std::move(notes);
    return text;
  };
  {
    DocxReader reader;
    if (pugi::xml_document nx; optional("word/numbering.xml", nx)) reader.numbering = DocxNumbering(nx);
    optional("word/footnotes.xml", reader.footnotes);
    // Run fonts come from the styles, whose theme fonts come from the theme (Word
    // always names it so).
    pugi::xml_document styles, theme;
    if (optional("word/styles.xml", styles)) {
      optional("word/theme/theme1.xml", theme);
      reader.styles = DocxStyles(styles, theme);
    }
    reader.body(doc.child("w:document").child("w:body"), out, lines);
    // Footers hold the address block (Decree 30 cell 13); they come last, after the
    // signature, where the recogniser looks for it.
    for (int k = 1; k <= 6; ++k) {
      const std::string name = "word/footer" + std::to_string(k) + ".xml";
      if (pugi::xml_document footer; optional(name.c_str(), footer)) {
        out += "\n";
        reader.body(footer.child("w:ftr"), out, lines);
      }
    }
    if (!why.empty()) return std::nullopt;
    return done(with_notes(std::move(out), reader.notes, reader.note_decodings, lines));
  }
}

}  // namespace vanban::import

#include "input/document_xml.h"

#include <string_view>

#include "xml/xml_writer.h"

namespace vanban::input {
namespace {

class DocumentWriter {
 public:
  explicit DocumentWriter(std::string& out) : w_(out) {}

  void document(const model::Document& d) {
    w_.declaration();
    w_.start("vanban").attr("xmlns", "urn:vanban:1").attr("version", "1").attr("kind", d.kind);
    if (!d.style.empty()) w_.attr("style", d.style);
    header(d);
    if (!d.bases.empty()) {
      open("bases", 1);
      for (const auto& b : d.bases) inline_element("basis", b, 2);
      close(1);
    }
    paragraphs("preamble", d.preamble);
    invitation(d.invitation);
    if (!d.body.empty()) {
      open("body", 1);
      if (d.body_arabic) w_.attr("numbering", "arabic");
      blocks(d.body, 2);
      close(1);
    }
    paragraphs("closing", d.closing);
    signature(d.signature);
    recipients(d.recipients);
    for (const auto& c : d.contact) leaf("contact", c, 1);
    for (const auto& a : d.appendices) appendix(a);
    if (!d.aside.empty()) {
      open("aside", 1);
      for (const auto& l : d.aside) {
        indent(2);
        w_.start("line");
        if (l.line > 0) w_.attr("n", l.line);
        w_.text(l.text);
        w_.end();
      }
      close(1);
    }
    close(0);
    w_.raw("\n");
  }

 private:
  void indent(int depth) { w_.raw("\n" + std::string(static_cast<size_t>(depth) * 2, ' ')); }
  void open(std::string_view name, int depth) {
    indent(depth);
    w_.start(name);
  }
  void close(int depth) {
    indent(depth);
    w_.end();
  }
  void leaf(std::string_view name, const std::string& text, int depth) {
    open(name, depth);
    w_.text(text);
    w_.end();
  }

  void header(const model::Document& d) {
    open("issuer", 1);
    if (!d.issuer.superior.empty()) w_.attr("superior", d.issuer.superior);
    if (!d.issuer.abbr.empty()) w_.attr("abbr", d.issuer.abbr);
    w_.text(d.issuer.name);
    w_.end();
    open("number", 1);
    if (!d.number.unit.empty()) w_.attr("unit", d.number.unit);
    if (!d.number.symbol.empty()) w_.attr("symbol", d.number.symbol);
    w_.text(d.number.value);
    w_.end();
    leaf("place", d.place, 1);
    leaf("date", iso_date(d.date), 1);
    if (d.draft) {
      open("draft", 1);
      if (!d.draft_round.empty()) w_.attr("round", d.draft_round);
      w_.end();
    }
    if (!d.secrecy.empty()) leaf("secrecy", d.secrecy, 1);
    if (!d.urgency.empty()) leaf("urgency", d.urgency, 1);
    if (!d.title.empty()) leaf("title", d.title, 1);
    if (!d.subject.empty()) leaf("subject", d.subject, 1);
    for (const auto& t : d.to) leaf("to", t, 1);
    if (!d.decider.empty()) leaf("decider", d.decider, 1);
  }

  static std::string iso_date(const model::IssueDate& d) {
    if (d.year == 0) return "";
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    std::string s = std::to_string(d.year);
    if (d.month == 0) return s;
    s += "-" + two(d.month);
    if (d.day == 0) return s;
    return s + "-" + two(d.day);
  }

  void paragraphs(std::string_view name, const std::vector<model::Node>& nodes) {
    if (nodes.empty()) return;
    open(name, 1);
    for (const auto& n : nodes) inline_element("p", n.text, 2);
    close(1);
  }

  void inline_element(std::string_view name, const model::Text& text, int depth) {
    open(name, depth);
    runs(text);
    w_.end();
  }

  void runs(const model::Text& text) {
    for (const auto& r : text) {
      switch (r.kind) {
        case model::Inline::Kind::LineBreak:
          w_.start("br");
          w_.end();
          break;
        case model::Inline::Kind::Footnote:
          w_.start("fn");
          runs(r.note);
          w_.end();
          break;
        case model::Inline::Kind::Text:
          if (r.bold) w_.start("b");
          if (r.italic) w_.start("i");
          w_.text(r.text);
          if (r.italic) w_.end();
          if (r.bold) w_.end();
          break;
      }
    }
  }

  void blocks(const std::vector<model::Node>& nodes, int depth) {
    for (const auto& n : nodes) block(n, depth);
  }

  void block(const model::Node& n, int depth) {
    switch (n.kind) {
      case model::Node::Kind::Paragraph:
        inline_element("p", n.text, depth);
        break;
      case model::Node::Kind::Item:
        open("item", depth);
        runs(n.text);
        for (const auto& c : n.children) block(c, depth + 1);
        w_.end();
        break;
      case model::Node::Kind::Section:
      case model::Node::Kind::Article:
        open(n.kind == model::Node::Kind::Section ? "section" : "article", depth);
        if (!n.title.empty()) w_.attr("title", plain(n.title));
        if (!n.text.empty()) inline_element("lead", n.text, depth + 1);
        blocks(n.children, depth + 1);
        if (n.text.empty() && n.children.empty())
          w_.end();
        else
          close(depth);
        break;
      case model::Node::Kind::Table:
        table(n.table, depth);
        break;
    }
  }

  static std::string plain(const model::Text& t) {
    std::string s;
    for (const auto& r : t)
      if (r.kind == model::Inline::Kind::Text) s += r.text;
    return s;
  }

  void table(const model::Table& t, int depth) {
    open("table", depth);
    if (!t.widths.empty()) {
      std::string widths;
      for (double v : t.widths)
        widths += (widths.empty() ? "" : " ") + std::to_string(static_cast<long>(v < 1 ? 1 : v));
      w_.attr("widths", widths);
    }
    for (const auto& row : t.rows) {
      open("row", depth + 1);
      switch (row.kind) {
        case model::TableRow::Kind::Header:
          w_.attr("kind", "header");
          break;
        case model::TableRow::Kind::Group:
          w_.attr("kind", "group");
          break;
        case model::TableRow::Kind::Total:
          w_.attr("kind", "total");
          break;
        case model::TableRow::Kind::Normal:
          break;
      }
      for (const auto& c : row.cells) {
        open("cell", depth + 2);
        if (!c.align.empty()) w_.attr("align", c.align);
        if (c.span > 1) w_.attr("span", c.span);
        runs(c.text);
        w_.end();
      }
      close(depth + 1);
    }
    close(depth);
  }

  void invitation(const model::Invitation& inv) {
    if (!inv.present) return;
    open("invitation", 1);
    inline_element("host", inv.host, 2);
    inline_element("guest", inv.guest, 2);
    inline_element("event", inv.event, 2);
    if (!inv.chair.empty()) inline_element("chair", inv.chair, 2);
    inline_element("time", inv.time, 2);
    inline_element("venue", inv.venue, 2);
    close(1);
  }

  void signature(const model::Signature& s) {
    if (!s.present) return;
    open("signature", 1);
    for (const auto& a : s.authorities) {
      open("authority", 2);
      w_.attr("prefix", a.prefix);
      w_.text(a.of);
      w_.end();
    }
    if (!s.role.empty()) leaf("role", s.role, 2);
    if (!s.mark.empty()) leaf("mark", s.mark, 2);
    leaf("signer", s.signer, 2);
    close(1);
  }

  void recipients(const model::Recipients& r) {
    if (r.items.empty() && !r.has_archive && r.drafter.empty()) return;
    open("recipients", 1);
    for (const auto& i : r.items) {
      open("recipient", 2);
      if (!i.purpose.empty()) w_.attr("purpose", i.purpose);
      w_.text(i.text);
      w_.end();
    }
    if (r.has_archive) leaf("archive", r.archive, 2);
    if (!r.drafter.empty()) {
      open("drafter", 2);
      w_.attr("initials", r.drafter);
      if (!r.copies.empty()) w_.attr("copies", r.copies);
      w_.end();
    }
    close(1);
  }

  void appendix(const model::Appendix& a) {
    open("appendix", 1);
    w_.attr("title", a.title);
    if (!a.of.empty()) w_.attr("of", a.of);
    if (a.landscape) w_.attr("orientation", "landscape");
    if (a.arabic) w_.attr("numbering", "arabic");
    if (!a.reference.empty()) leaf("reference", a.reference, 2);
    blocks(a.content, 2);
    close(1);
  }

  xml::Writer w_;
};

}  // namespace

std::string write_document_xml(const model::Document& d) {
  std::string out;
  DocumentWriter(out).document(d);
  return out;
}

}  // namespace vanban::input

#include "annotate/docx_comments.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <map>
#include <set>

#include "annotate/xml_part.h"
#include "package/zip_reader.h"

namespace vanban::annotate {
namespace {

constexpr char kWml[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr char kStrictWml[] = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr char kCommentsType[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr char kCommentsContentType[] = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr char kDocument[] = "word/document.xml";
constexpr char kDocumentRels[] = "word/_rels/document.xml.rels";
constexpr char kContentTypes[] = "[Content_Types].xml";

// The prefix of an element's own name ("" when it has none): the package parts
// ([Content_Types].xml, .rels) put their elements in a default namespace, and new
// elements join them under the same spelling.
std::string own_prefix(pugi::xml_node e) {
  const std::string_view n = e.name();
  const size_t colon = n.find(':');
  return colon == std::string_view::npos ? std::string() : std::string(n.substr(0, colon + 1));
}

std::string_view local_name(pugi::xml_node e) {
  const std::string_view n = e.name();
  const size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// The WordprocessingML prefix `part`'s root declares; a Strict document or another
// vocabulary fails.
std::optional<std::string> wml_prefix(const XmlPart& part, std::string_view root_local, Failure& failure) {
  const auto root = part.doc.document_element();
  auto w = prefix_of(root, kWml);
  if (w && root.name() == qname(*w, root_local)) return w;
  failure = {ErrorCode::Unreadable,
             prefix_of(root, kStrictWml)
                 ? part.name + " is Strict Office Open XML, which cannot be annotated: save it as a Word document first"
                 : part.name + " is not a WordprocessingML " + std::string(root_local) +
                       " (its root element does not declare the WordprocessingML namespace with a prefix)"};
  return std::nullopt;
}

// The part a relationship's target names, from the folder of its source ("word/").
std::string resolve_target(std::string_view base, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(base) + std::string(target);
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

bool same_part_name(std::string_view a, std::string_view b) {
  // Part names compare without regard to ASCII case (OPC, ISO/IEC 29500-2 §9.1.1.1).
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
  });
}

// The comments part the document's relationships name, adding a relationship to
// word/comments.xml (and setting `added`) when there is none.
std::string comments_part_name(XmlPart& rels, bool& added) {
  auto root = rels.doc.document_element();
  const std::string pre = own_prefix(root);
  std::set<std::string, std::less<>> ids;
  // (Names of children() held in a variable: the range keeps only the pointer.)
  const std::string relationship = pre + "Relationship";
  for (auto r : root.children(relationship.c_str())) {
    ids.insert(r.attribute("Id").value());
    if (std::string_view(r.attribute("Type").value()) == kCommentsType &&
        std::string_view(r.attribute("TargetMode").value()) != "External")
      return resolve_target("word/", r.attribute("Target").value());
  }
  // The first free rIdN from the count up: found within ids.size() + 1 tries.
  size_t n = ids.size() + 1;
  while (ids.contains("rId" + std::to_string(n))) ++n;
  auto r = root.append_child(relationship.c_str());
  r.append_attribute("Id") = ("rId" + std::to_string(n)).c_str();
  r.append_attribute("Type") = kCommentsType;
  r.append_attribute("Target") = "comments.xml";
  added = true;
  return "word/comments.xml";
}

// Declares the comments part's content type (an Override: its extension's Default is
// the generic XML one). False when it was declared already.
bool declare_content_type(XmlPart& types, const std::string& part_name) {
  auto root = types.doc.document_element();
  const std::string pre = own_prefix(root);
  const std::string wanted = "/" + part_name;
  const std::string override_name = pre + "Override";
  for (auto o : root.children(override_name.c_str()))
    if (same_part_name(o.attribute("PartName").value(), wanted)) {
      if (std::string_view(o.attribute("ContentType").value()) != kCommentsContentType) {
        auto ct = o.attribute("ContentType");
        (ct ? ct : o.append_attribute("ContentType")) = kCommentsContentType;
        return true;
      }
      return false;
    }
  auto o = root.append_child(override_name.c_str());
  o.append_attribute("PartName") = wanted.c_str();
  o.append_attribute("ContentType") = kCommentsContentType;
  return true;
}

// A comment id as Word writes them (a non-negative int), or -1.
long long comment_id(pugi::xml_node e, const std::string& w) {
  const std::string_view v = e.attribute(qname(w, "id").c_str()).value();
  long long id = -1;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
  return ec == std::errc() && end == v.data() + v.size() && id >= 0 && id <= INT_MAX ? id : -1;
}

bool has_style(const pugi::xml_document& styles, const std::string& w, std::string_view id) {
  const std::string style = qname(w, "style"), style_id = qname(w, "styleId");
  for (auto s : styles.document_element().children(style.c_str()))
    if (id == s.attribute(style_id.c_str()).value()) return true;
  return false;
}

// Text needs xml:space="preserve" when white space at its ends or doubled would be
// dropped otherwise.
bool needs_preserve(std::string_view s) {
  return s.starts_with(' ') || s.ends_with(' ') || s.find("  ") != std::string_view::npos;
}

struct CommentLook {
  bool reference_style = false;  // the document has the "CommentReference" character style
  bool text_style = false;       // and the "CommentText" paragraph style
};

void add_comment(pugi::xml_node comments, const std::string& w, long long id, const Note& note, const Options& options,
                 CommentLook look) {
  auto c = comments.append_child(qname(w, "comment").c_str());
  c.append_attribute(qname(w, "id").c_str()) = std::to_string(id).c_str();
  c.append_attribute(qname(w, "author").c_str()) = one_line(options.author).c_str();
  if (!options.date.empty()) c.append_attribute(qname(w, "date").c_str()) = options.date.c_str();
  if (const std::string initials = one_line(options.initials); !initials.empty())
    c.append_attribute(qname(w, "initials").c_str()) = initials.c_str();
  bool first = true;
  for (const auto& line : note_lines(note.text)) {
    auto p = c.append_child(qname(w, "p").c_str());
    if (look.text_style)
      p.append_child(qname(w, "pPr").c_str())
          .append_child(qname(w, "pStyle").c_str())
          .append_attribute(qname(w, "val").c_str()) = "CommentText";
    if (first) {
      // The mark Word shows at the start of a comment, tying it to its reference.
      auto r = p.append_child(qname(w, "r").c_str());
      if (look.reference_style)
        r.append_child(qname(w, "rPr").c_str())
            .append_child(qname(w, "rStyle").c_str())
            .append_attribute(qname(w, "val").c_str()) = "CommentReference";
      r.append_child(qname(w, "annotationRef").c_str());
      first = false;
    }
    if (line.empty()) continue;
    auto t = p.append_child(qname(w, "r").c_str()).append_child(qname(w, "t").c_str());
    if (needs_preserve(line)) t.append_attribute("xml:space") = "preserve";
    t.text().set(line.c_str());
  }
}

}  // namespace

bool add_docx_comments(std::vector<Part>& parts, const std::vector<Note>& notes, const Options& options,
                       Failure& failure) {
  XmlPart document{kDocument, {}, {}};
  if (!load_from(parts, document, failure)) {
    if (failure.why.empty()) failure = {ErrorCode::Unreadable, "the package has no word/document.xml (not a .docx)"};
    return false;
  }
  const auto w = wml_prefix(document, "document", failure);
  if (!w) return false;
  const auto paras = paragraphs(document.doc, qname(*w, "p"));
  if (!anchors_fit(notes, paras.size(), kDocument, failure)) return false;
  if (notes.empty()) return true;  // nothing to add: not even an empty comments part

  XmlPart types{kContentTypes, {}, {}};
  if (!load_from(parts, types, failure)) {
    if (failure.why.empty()) failure = {ErrorCode::Unreadable, "the package has no [Content_Types].xml (damaged)"};
    return false;
  }
  if (local_name(types.doc.document_element()) != "Types") {
    failure = {ErrorCode::Unreadable, "[Content_Types].xml has no Types element (damaged)"};
    return false;
  }

  XmlPart rels{kDocumentRels, {}, {}};
  bool rels_changed = false;
  if (!load_from(parts, rels, failure)) {
    if (!failure.why.empty()) return false;
    rels_changed = true;
    new_part(rels, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
  }
  if (local_name(rels.doc.document_element()) != "Relationships") {
    failure = {ErrorCode::Unreadable, std::string(kDocumentRels) + " has no Relationships element (damaged)"};
    return false;
  }

  XmlPart comments{comments_part_name(rels, rels_changed), {}, {}};
  if (comments.name.empty() || package::is_unsafe_entry_name(comments.name)) {
    failure = {ErrorCode::Unreadable, std::string(kDocumentRels) + " names a comments part outside the package"};
    return false;
  }
  if (!load_from(parts, comments, failure)) {
    if (!failure.why.empty()) return false;
    new_part(comments, "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
  }
  const auto cw = wml_prefix(comments, "comments", failure);
  if (!cw) return false;

  CommentLook look;
  if (XmlPart styles{"word/styles.xml", {}, {}}; load_from(parts, styles, failure)) {
    if (const auto sw = prefix_of(styles.doc.document_element(), kWml)) {
      look.reference_style = has_style(styles.doc, *sw, "CommentReference");
      look.text_style = has_style(styles.doc, *sw, "CommentText");
    }
  } else if (!failure.why.empty()) {
    return false;
  }

  // New ids above every one in use: the comments' own and any range or reference
  // left in the document without its comment.
  long long next = 0;
  const std::string comment = qname(*cw, "comment");
  for (auto c : comments.doc.document_element().children(comment.c_str()))
    next = std::max(next, comment_id(c, *cw) + 1);
  const std::string range_start = qname(*w, "commentRangeStart"), range_end = qname(*w, "commentRangeEnd"),
                    reference = qname(*w, "commentReference");
  each_element(document.doc, [&](pugi::xml_node e) {
    if (range_start == e.name() || range_end == e.name() || reference == e.name())
      next = std::max(next, comment_id(e, *w) + 1);
  });
  if (next > INT_MAX - static_cast<long long>(notes.size())) {
    failure = {ErrorCode::Unreadable, "word/comments.xml uses comment ids up to the largest Word allows"};
    return false;
  }

  const std::string id_attr = qname(*w, "id");
  std::map<pugi::xml_node, pugi::xml_node> last_start;  // per paragraph: the range start added last
  for (const auto& note : notes) {
    const long long id = next++;
    add_comment(comments.doc.document_element(), *cw, id, note, options, look);
    pugi::xml_node p = paras[static_cast<size_t>(note.anchor.ordinal)];
    // The range opens before everything the paragraph shows (after its properties, which
    // come first) and closes after it; the reference follows, as Word writes it.
    auto& after = last_start[p];
    if (!after) after = p.child(qname(*w, "pPr").c_str());
    auto start = after ? p.insert_child_after(range_start.c_str(), after) : p.prepend_child(range_start.c_str());
    start.append_attribute(id_attr.c_str()) = std::to_string(id).c_str();
    after = start;
    p.append_child(range_end.c_str()).append_attribute(id_attr.c_str()) = std::to_string(id).c_str();
    auto r = p.append_child(qname(*w, "r").c_str());
    if (look.reference_style)
      r.append_child(qname(*w, "rPr").c_str())
          .append_child(qname(*w, "rStyle").c_str())
          .append_attribute(qname(*w, "val").c_str()) = "CommentReference";
    r.append_child(reference.c_str()).append_attribute(id_attr.c_str()) = std::to_string(id).c_str();
  }

  // Only what changed is written again: the others stay byte for byte.
  store(parts, document);
  if (declare_content_type(types, comments.name)) store(parts, types);
  store(parts, comments);
  if (rels_changed) store(parts, rels);
  return true;
}

}  // namespace vanban::annotate

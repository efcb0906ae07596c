#include "annotate/odt_annotations.h"

#include <map>
#include <set>

#include "annotate/xml_part.h"

namespace vanban::annotate {
namespace {

constexpr char kOffice[] = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr char kText[] = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr char kDc[] = "http://purl.org/dc/elements/1.1/";
constexpr char kContent[] = "content.xml";

// The prefix of Dublin Core (the annotations' dc:creator, dc:date) on the root, which
// declares it as "dc" (or "dc2" … when "dc" is bound to something else) if it did not:
// a content part without annotations has no need of it.
std::string dc_prefix(pugi::xml_node root) {
  if (auto p = prefix_of(root, kDc)) return *p;
  std::string p = "dc";
  for (int n = 2; root.attribute(("xmlns:" + p).c_str()); ++n) p = "dc" + std::to_string(n);
  root.append_attribute(("xmlns:" + p).c_str()) = kDc;
  return p;
}

// A line as paragraph text: ODF collapses runs of spaces and drops leading ones, so
// every space but the first after text is a text:s (ODF 1.3 §6.1.3).
void append_text(pugi::xml_node p, const std::string& t, std::string_view line) {
  std::string pending;
  auto flush = [&] {
    if (!pending.empty()) p.append_child(pugi::node_pcdata).set_value(pending.c_str());
    pending.clear();
  };
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] != ' ') {
      pending += line[i++];
      continue;
    }
    size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    size_t run = j - i;
    if (i > 0) {
      pending += ' ';
      --run;
    }
    if (run > 0) {
      flush();
      auto s = p.append_child(qname(t, "s").c_str());
      if (run > 1) s.append_attribute(qname(t, "c").c_str()) = std::to_string(run).c_str();
    }
    i = j;
  }
  flush();
}

}  // namespace

bool add_odt_annotations(std::vector<Part>& parts, const std::vector<Note>& notes, const Options& options,
                         Failure& failure) {
  Part* content = find_part(parts, kContent);
  if (!content) {
    failure = {ErrorCode::Unreadable, "the package has no content.xml (not an OpenDocument text)"};
    return false;
  }
  XmlPart part{kContent, {}, {}};
  if (!load_part(content->data, part, failure)) return false;
  pugi::xml_document& doc = part.doc;
  auto root = doc.document_element();
  const auto office = prefix_of(root, kOffice);
  if (!office || root.name() != qname(*office, "document-content")) {
    failure = {ErrorCode::Unreadable,
               "content.xml is not an OpenDocument content part (its root element does not declare the office "
               "namespace with a prefix)"};
    return false;
  }
  // Without the text namespace there are no paragraphs, and every anchor is past the end.
  const auto text = prefix_of(root, kText);
  const auto paras = text ? paragraphs(doc, qname(*text, "p"), qname(*text, "h")) : std::vector<pugi::xml_node>{};
  if (!anchors_fit(notes, paras.size(), kContent, failure)) return false;
  if (notes.empty()) return true;

  // Range names the document does not use yet.
  const std::string annotation = qname(*office, "annotation"), annotation_end = qname(*office, "annotation-end"),
                    name_attr = qname(*office, "name");
  std::set<std::string, std::less<>> names;
  each_element(doc, [&](pugi::xml_node e) {
    if (annotation == e.name() || annotation_end == e.name()) names.insert(e.attribute(name_attr.c_str()).value());
  });
  const std::string dc = dc_prefix(root);
  const std::string number = qname(*text, "number");

  int next = 1;
  std::map<pugi::xml_node, pugi::xml_node> last_opened;  // per paragraph: the annotation added last
  for (const auto& note : notes) {
    std::string name;
    do name = "vb" + std::to_string(next++);
    while (names.contains(name));
    pugi::xml_node p = paras[static_cast<size_t>(note.anchor.ordinal)];
    // First in the paragraph: only a heading's text:number must precede it.
    auto& after = last_opened[p];
    if (!after && p.first_child().type() == pugi::node_element && number == p.first_child().name())
      after = p.first_child();
    auto a = after ? p.insert_child_after(annotation.c_str(), after) : p.prepend_child(annotation.c_str());
    after = a;
    a.append_attribute(name_attr.c_str()) = name.c_str();
    a.append_child(qname(dc, "creator").c_str()).text().set(one_line(options.author).c_str());
    if (!options.date.empty()) a.append_child(qname(dc, "date").c_str()).text().set(options.date.c_str());
    for (const auto& line : note_lines(note.text)) append_text(a.append_child(qname(*text, "p").c_str()), *text, line);
    p.append_child(annotation_end.c_str()).append_attribute(name_attr.c_str()) = name.c_str();
  }
  content->data = save_part(part);
  return true;
}

}  // namespace vanban::annotate

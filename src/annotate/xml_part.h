// Loading and saving the XML parts annotate edits, and what both formats share: the
// names of namespaces as a part spells them, paragraphs by ordinal, a note's lines.
#pragma once
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/annotate.h"
#include "annotate/package_parts.h"

namespace vanban::annotate {

// An XML part being edited: its name, its tree, and the bytes before its root element
// as they were (the declaration and the line break after it, which pugixml would not
// write back the same).
struct XmlPart {
  std::string name;
  pugi::xml_document doc;
  std::string prolog;
};

// Parses `data` into part.doc, keeping comments, processing instructions and white
// space, so that saving it changes only what annotate adds. Not XML: Unreadable;
// nested deeper than office::kMaxXmlDepth: Limit. No DTD is ever read.
bool load_part(const std::string& data, XmlPart& part, Failure& failure);

// load_part on the part of `parts` named part.name: false when there is none (failure
// left empty) or it cannot be read (failure set).
bool load_from(std::vector<Part>& parts, XmlPart& part, Failure& failure);

// Puts the saved part back in `parts`, in its place, or last when it is new.
void store(std::vector<Part>& parts, const XmlPart& part);

// A new part holding `root_xml` after an XML declaration.
void new_part(XmlPart& part, const char* root_xml);

// The part's bytes: the prolog as it was, then the root element and what follows it,
// with no indentation added or removed (it would change text).
std::string save_part(const XmlPart& part);

// The prefix `element` declares for namespace `uri` (a non-empty one: attributes need
// it), or nullopt.
std::optional<std::string> prefix_of(pugi::xml_node element, std::string_view uri);

// "prefix:local".
std::string qname(const std::string& prefix, std::string_view local);

// Calls f(element) for each element of `doc` in document order (pugixml's descendant
// order), without recursion.
template <class F>
void each_element(const pugi::xml_document& doc, F&& f) {
  pugi::xml_node n = doc.first_child();
  while (n) {
    if (n.type() == pugi::node_element) f(n);
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && !n.next_sibling()) n = n.parent();
    if (n) n = n.next_sibling();
  }
}

// The paragraph elements of a part (named `name` or `other_name`), in document order:
// what an anchor's ordinal counts.
std::vector<pugi::xml_node> paragraphs(const pugi::xml_document& doc, const std::string& name,
                                       const std::string& other_name = {});

// Whether every note's ordinal names one of the `count` paragraphs of `part`; if not,
// an Unreadable failure naming the first that does not.
bool anchors_fit(const std::vector<Note>& notes, size_t count, std::string_view part, Failure& failure);

// A note's paragraphs: split at "\n", XML-safe (ill-formed UTF-8 as U+FFFD, control
// characters, tabs and carriage returns as spaces). At least one, maybe empty.
std::vector<std::string> note_lines(std::string_view text);

// An attribute value from the caller (author, initials): XML-safe, on one line.
std::string one_line(std::string_view s);

}  // namespace vanban::annotate

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

// Deeper XML than any office suite writes; refused before anything walks it.
inline constexpr int kMaxXmlDepth = 256;

// Parses part `name` into `doc`, keeping its declaration, comments, processing
// instructions and white space, so that saving it changes only what annotate adds.
// Not XML: Unreadable; nested deeper than kMaxXmlDepth: Limit. No DTD is ever read.
bool load_part(const std::string& data, std::string_view name, pugi::xml_document& doc, Failure& failure);

// The part's bytes: no indentation added or removed (it would change text), and the
// declaration it had, if any.
std::string save_part(const pugi::xml_document& doc);

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

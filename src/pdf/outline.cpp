#include "pdf/outline.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "pdf/object_writer.h"
#include "pdf/pdf_syntax.h"

namespace vanban::pdf {
namespace {

struct Node {
  int num = 0;
  int level = 0;
  const typeset::OutlineEntry* entry = nullptr;  // null for the root
  int parent = -1;                               // index into the node list
  std::vector<int> children;
  size_t rank = 0;  // among its parent's children
  int descendants = 0;
};

}  // namespace

int write_outline(ObjectWriter& w, const std::vector<typeset::OutlineEntry>& entries, const std::vector<int>& pages,
                  const std::vector<double>& heights) {
  std::vector<Node> nodes(1);
  std::vector<int> open = {0};  // the chain from the root to the last entry
  for (const auto& e : entries) {
    if (e.page < 0 || static_cast<size_t>(e.page) >= pages.size()) continue;
    // Headings go a few levels deep; the bound keeps hostile levels from making the
    // count below quadratic.
    const int level = std::clamp(e.level, 1, 32);
    while (open.size() > 1 && nodes[static_cast<size_t>(open.back())].level >= level) open.pop_back();
    Node n;
    n.level = level;
    n.entry = &e;
    n.parent = open.back();
    n.rank = nodes[static_cast<size_t>(n.parent)].children.size();
    nodes.push_back(n);
    const int index = static_cast<int>(nodes.size()) - 1;
    nodes[static_cast<size_t>(n.parent)].children.push_back(index);
    for (int p = n.parent; p >= 0; p = nodes[static_cast<size_t>(p)].parent)
      ++nodes[static_cast<size_t>(p)].descendants;
    open.push_back(index);
  }
  if (nodes.size() == 1) return 0;
  for (auto& n : nodes) n.num = w.reserve();

  auto num = [&nodes](int i) { return ObjectWriter::ref(nodes[static_cast<size_t>(i)].num); };
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    std::string body = "<<";
    if (!n.entry) {
      body += "/Type /Outlines";
    } else {
      const auto& e = *n.entry;
      const auto page = static_cast<size_t>(e.page);
      const double y = std::isfinite(e.y) ? std::clamp(heights[page] - e.y, 0.0, heights[page]) : heights[page];
      body += "/Title " + text_string(sanitize_text(e.title)) + " /Parent " + num(n.parent);
      body += " /Dest [" + ObjectWriter::ref(pages[page]) + " /XYZ 0 " + number(y) + " 0]";
      const auto& siblings = nodes[static_cast<size_t>(n.parent)].children;
      if (n.rank > 0) body += " /Prev " + num(siblings[n.rank - 1]);
      if (n.rank + 1 < siblings.size()) body += " /Next " + num(siblings[n.rank + 1]);
    }
    if (!n.children.empty()) {
      // Every level open: Count is the number of entries below.
      body += " /First " + num(n.children.front()) + " /Last " + num(n.children.back()) + " /Count " +
              std::to_string(n.descendants);
    }
    w.object(n.num, body + ">>");
  }
  return nodes.front().num;
}

}  // namespace vanban::pdf

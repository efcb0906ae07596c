#include "pdf/page_tree.h"

#include <algorithm>
#include <string>

#include "pdf/object_writer.h"

namespace vanban::pdf {
namespace {

constexpr size_t kFanOut = 64;

}  // namespace

int PageTree::parent_of_page(size_t page) const { return levels.front()[page / kFanOut]; }

PageTree plan_page_tree(ObjectWriter& w, int root, size_t pages) {
  PageTree t;
  t.pages = pages;
  size_t count = pages;
  do {
    count = (count + kFanOut - 1) / kFanOut;
    t.levels.emplace_back();
    for (size_t i = 0; i < count; ++i) t.levels.back().push_back(count == 1 ? root : w.reserve());
  } while (count > 1);
  return t;
}

void write_page_tree(ObjectWriter& w, const PageTree& t, const std::vector<int>& pages) {
  size_t span = 1;  // pages under one item of the level below
  const std::vector<int>* below = &pages;
  for (size_t level = 0; level < t.levels.size(); ++level) {
    const auto& nodes = t.levels[level];
    for (size_t k = 0; k < nodes.size(); ++k) {
      std::string body = "<</Type /Pages";
      if (level + 1 < t.levels.size()) body += " /Parent " + ObjectWriter::ref(t.levels[level + 1][k / kFanOut]);
      body += " /Kids [";
      for (size_t i = k * kFanOut; i < below->size() && i < (k + 1) * kFanOut; ++i) {
        if (i > k * kFanOut) body += ' ';
        body += ObjectWriter::ref((*below)[i]);
      }
      const size_t first = k * kFanOut * span;
      const size_t last = std::min(t.pages, (k + 1) * kFanOut * span);
      body += "] /Count " + std::to_string(last - first) + ">>";
      w.object(nodes[k], body);
    }
    below = &nodes;
    span *= kFanOut;
  }
}

}  // namespace vanban::pdf

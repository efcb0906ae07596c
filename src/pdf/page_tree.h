// The /Pages tree: pages in groups of at most 64 under intermediate nodes, so that no
// array grows with the page count (a merged file has thousands of pages).
#pragma once
#include <cstddef>
#include <vector>

namespace vanban::pdf {

class ObjectWriter;

struct PageTree {
  // levels[0]: the nodes listing pages; each next level lists the one below; the last
  // level is the root alone. Node k of a level lists items k*64 … k*64+63 below it.
  std::vector<std::vector<int>> levels;
  size_t pages = 0;
  int parent_of_page(size_t page) const;
};

// Reserves the nodes but the root, which the caller reserved.
PageTree plan_page_tree(ObjectWriter& w, int root, size_t pages);
// `pages`: the page objects' numbers.
void write_page_tree(ObjectWriter& w, const PageTree& t, const std::vector<int>& pages);

}  // namespace vanban::pdf

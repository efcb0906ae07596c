#include "typeset/page_flow.h"

#include <algorithm>
#include <deque>

namespace vanban::typeset {
namespace {

double note_height(const std::vector<Slice>& lines) {
  double h = 0;
  for (const auto& l : lines) h += l.height;
  return h;
}

class Flow {
 public:
  explicit Flow(const FlowInput& in) : in_(in), slices_(*in.slices) {}

  std::vector<FlowPage> run() {
    std::vector<FlowPage> pages;
    size_t start = 0;
    while (start < slices_.size() || !carry_.empty()) {
      const size_t end = page_end(start, pages.size());
      pages.push_back(place(start, end, pages.size()));
      start = end;
      if (pages.size() > kMaxPages) break;  // cannot happen: each page takes a slice or a note line
    }
    if (pages.empty()) pages.push_back(FlowPage{});
    return pages;
  }

 private:
  static constexpr size_t kMaxPages = 1000000;

  double header_height(size_t start) const {
    if (start >= slices_.size()) return 0;
    const int g = slices_[start].header_group;
    return g >= 0 ? (*in_.headers)[static_cast<size_t>(g)].height : 0;
  }

  double space_before(size_t i, size_t start) const {
    // A page's first slice drops its space before, except the section's very first.
    return i == start && start > 0 ? 0 : slices_[i].space_before;
  }

  double carry_height() const {
    double h = 0;
    for (const auto& c : carry_) h += in_.note_lines(c.note)[c.line].height;
    return h;
  }

  // Where the page that starts at `start` ends.
  size_t page_end(size_t start, size_t page) const {
    const double height = in_.body_height(page);
    double y = header_height(start);
    double notes = carry_.empty() ? 0 : in_.separator + carry_height();
    for (size_t i = start; i < slices_.size(); ++i) {
      const Slice& s = slices_[i];
      double added = 0;
      for (int n : s.footnotes) added += note_height(in_.note_lines(n));
      if (added > 0 && notes == 0) added += in_.separator;
      const double need = y + space_before(i, start) + s.height + notes + added;
      if (need > height && i > start) {
        for (size_t k = i; k > start; --k)
          if (slices_[k].break_before) return k;
        return i;  // a chain kept together is longer than the page: it breaks here
      }
      y += space_before(i, start) + s.height;
      notes += added;
    }
    return slices_.size();
  }

  FlowPage place(size_t start, size_t end, size_t page) {
    FlowPage p;
    p.begin = start;
    p.end = end;
    p.header_group = start < slices_.size() ? slices_[start].header_group : -1;
    double y = header_height(start);
    std::deque<PlacedNoteLine> pending = std::move(carry_);
    carry_.clear();
    for (size_t i = start; i < end; ++i) {
      y += space_before(i, start);
      p.y.push_back(y);
      y += slices_[i].height;
      for (int n : slices_[i].footnotes)
        for (size_t k = 0; k < in_.note_lines(n).size(); ++k) pending.push_back({n, k});
    }
    // The notes take what the text left; what does not fit goes on to the next page.
    const double room = in_.body_height(page) - y;
    double used = pending.empty() ? 0 : in_.separator;
    while (!pending.empty()) {
      const double h = in_.note_lines(pending.front().note)[pending.front().line].height;
      // A page with no text at all still takes one note line, so the notes progress.
      if (used + h > room && !(p.notes.empty() && start == end)) break;
      used += h;
      p.notes.push_back(pending.front());
      pending.pop_front();
    }
    carry_ = std::move(pending);
    return p;
  }

  const FlowInput& in_;
  const std::vector<Slice>& slices_;
  std::deque<PlacedNoteLine> carry_;
};

}  // namespace

std::vector<FlowPage> flow(const FlowInput& in) { return Flow(in).run(); }

}  // namespace vanban::typeset

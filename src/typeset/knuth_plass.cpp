#include "typeset/knuth_plass.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace vanban::typeset::kp {
namespace {

constexpr double kInfBad = 10000;  // TeX's inf_bad: a line that cannot stretch enough
constexpr double kEpsilon = 1e-9;  // pt: rounding in the running sums
enum Fitness : uint8_t { VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3 };

// A feasible break, and the best way found to reach it.
struct Node {
  size_t pos = 0;    // the break item (the paragraph's start: unused)
  size_t after = 0;  // first item of the line after it
  int line = 0;      // lines before it
  int prev = -1;     // the node before, in `nodes`
  uint8_t fitness = Decent;
  double demerits = 0;  // total, from the paragraph's start
  double ratio = 0;     // of the line that ends here
};

// Running totals of the items before each index.
struct Sums {
  std::vector<double> width, stretch, shrink, fill;
  explicit Sums(const std::vector<Item>& items) {
    const size_t n = items.size();
    width.assign(n + 1, 0);
    stretch.assign(n + 1, 0);
    shrink.assign(n + 1, 0);
    fill.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      const Item& it = items[i];
      const bool counts = it.kind != Item::Kind::Penalty;
      width[i + 1] = width[i] + (counts ? it.width : 0);
      const bool g = it.kind == Item::Kind::Glue;
      stretch[i + 1] = stretch[i] + (g && !it.fill ? it.stretch : 0);
      shrink[i + 1] = shrink[i] + (g ? it.shrink : 0);
      fill[i + 1] = fill[i] + (g && it.fill ? 1 : 0);
    }
  }
};

bool legal_break(const std::vector<Item>& items, size_t b) {
  const Item& it = items[b];
  if (it.kind == Item::Kind::Penalty) return it.penalty < kInfinity;
  return it.kind == Item::Kind::Glue && b > 0 && items[b - 1].kind == Item::Kind::Box;
}

bool forced_break(const Item& it) { return it.kind == Item::Kind::Penalty && it.penalty <= -kInfinity; }

double badness(double shortfall, double give) {
  if (shortfall <= 0) return 0;
  if (give <= 0) return kInfBad;
  const double r = shortfall / give;
  return std::min(kInfBad, 100 * r * r * r);
}

// One pass at `threshold` (badness); nothing when no set of lines is feasible at it.
std::optional<std::vector<LineBreak>> pass(const std::vector<Item>& items, const Sums& s, const Params& p,
                                           double threshold, bool final) {
  std::vector<Node> nodes{Node{}};
  std::vector<int> active{0}, survivors;
  survivors.reserve(64);
  for (size_t b = 0; b < items.size(); ++b) {
    if (!legal_break(items, b)) continue;
    const Item& it = items[b];
    const bool forced = forced_break(it);
    const double pen = it.kind == Item::Kind::Penalty ? it.penalty : 0;
    const double pen_width = it.kind == Item::Kind::Penalty ? it.width : 0;
    double best[4];
    int from[4];
    double ratio[4];
    std::fill(std::begin(best), std::end(best), std::numeric_limits<double>::infinity());
    std::fill(std::begin(from), std::end(from), -1);
    bool any = false;
    survivors.clear();
    for (size_t k = 0; k < active.size(); ++k) {
      const Node& a = nodes[static_cast<size_t>(active[k])];
      if (a.after > b) {  // its next line has not begun yet
        survivors.push_back(active[k]);
        continue;
      }
      const double measure = a.line == 0 ? p.first_measure : p.measure;
      const double width = s.width[b] - s.width[a.after] + pen_width;
      const double stretch = s.stretch[b] - s.stretch[a.after];
      const double shrink = s.shrink[b] - s.shrink[a.after];
      const bool fills = s.fill[b] - s.fill[a.after] > 0;
      const double shortfall = measure - width;
      double bad = 0, set = 0;
      uint8_t fit = Decent;
      if (shortfall < -kEpsilon) {
        if (-shortfall > shrink + kEpsilon) {
          // Over-full: no later break can use this node. When it is the last one left and
          // nothing fits here, the final pass takes the over-full line rather than none.
          if (final && !any && k + 1 == active.size() && survivors.empty()) {
            best[Decent] = a.demerits;
            from[Decent] = active[k];
            ratio[Decent] = -1;
            any = true;
          }
          continue;
        }
        bad = badness(-shortfall, shrink);
        set = shortfall / shrink;
        fit = bad > 12 ? Tight : Decent;
      } else if (shortfall > kEpsilon && !fills) {  // infinite stretch fills any line perfectly
        const double give = stretch + p.line_end_stretch + (final ? p.emergency_stretch : 0);
        bad = badness(shortfall, give);
        set = stretch > 0 ? shortfall / stretch : 0;
        fit = bad > 99 ? VeryLoose : bad > 12 ? Loose : Decent;
      }
      if (!forced) survivors.push_back(active[k]);
      if (bad > threshold) continue;
      const double l = p.line_penalty + bad;
      double d = l >= kInfBad ? 1e8 : l * l;
      if (pen > 0)
        d += pen * pen;
      else if (pen > -kInfinity)
        d -= pen * pen;
      if (std::abs(static_cast<int>(fit) - static_cast<int>(a.fitness)) > 1) d += p.adj_demerits;
      d += a.demerits;
      if (d < best[fit]) {
        best[fit] = d;
        from[fit] = active[k];
        ratio[fit] = set;
      }
      any = true;
    }
    if (any) {
      const double least = *std::min_element(std::begin(best), std::end(best));
      const size_t after = line_start_after(items, b);
      for (uint8_t fit = 0; fit < 4; ++fit) {
        if (from[fit] < 0 || best[fit] > least + p.adj_demerits) continue;
        Node n;
        n.pos = b;
        n.after = after;
        n.line = nodes[static_cast<size_t>(from[fit])].line + 1;
        n.prev = from[fit];
        n.fitness = fit;
        n.demerits = best[fit];
        n.ratio = ratio[fit];
        nodes.push_back(n);
        survivors.push_back(static_cast<int>(nodes.size() - 1));
      }
    }
    if (survivors.empty()) return std::nullopt;  // not in the final pass: it always keeps one
    // Hostile input (many zero-width pieces in one line's reach) cannot make the search
    // quadratic: the oldest nodes, which would make the longest lines, go first.
    if (survivors.size() > p.max_active)
      survivors.erase(survivors.begin(), survivors.end() - static_cast<std::ptrdiff_t>(p.max_active));
    active.swap(survivors);
  }
  // The items end with a forced break, so only nodes at that break are left.
  int best = -1;
  for (int a : active)
    if (nodes[static_cast<size_t>(a)].pos + 1 == items.size() &&
        (best < 0 || nodes[static_cast<size_t>(a)].demerits < nodes[static_cast<size_t>(best)].demerits))
      best = a;
  if (best < 0) return std::nullopt;
  std::vector<LineBreak> out;
  for (int n = best; n > 0; n = nodes[static_cast<size_t>(n)].prev)
    out.push_back({nodes[static_cast<size_t>(n)].pos, nodes[static_cast<size_t>(n)].ratio});
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

size_t line_start_after(const std::vector<Item>& items, size_t brk) {
  size_t i = brk + 1;
  while (i < items.size() && items[i].kind != Item::Kind::Box && !forced_break(items[i])) ++i;
  return i;
}

std::vector<LineBreak> break_lines(const std::vector<Item>& items, const Params& p) {
  if (items.empty()) return {};
  const Sums sums(items);
  // ρ ≤ 1, then ρ ≤ 2, then anything that is not over-full.
  for (const double threshold : {100.0, 800.0})
    if (auto r = pass(items, sums, p, threshold, false)) return *r;
  if (auto r = pass(items, sums, p, std::numeric_limits<double>::infinity(), true)) return *r;
  return {{items.size() - 1, 0}};  // unreachable: the final pass always finds a way
}

}  // namespace vanban::typeset::kp

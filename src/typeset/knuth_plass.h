// The total-fit line breaker of Knuth and Plass ("Breaking Paragraphs into Lines",
// 1981) as TeX runs it, over boxes, glue and penalties; it knows nothing of fonts.
//
// Demerits are TeX's: (line_penalty + badness)² ± penalty², plus adj_demerits when two
// adjacent lines' fitness classes (very loose, loose, decent, tight) are not neighbours.
// Passes: tolerance ρ ≤ 1 (badness ≤ 100), then ρ ≤ 2 (badness ≤ 800), then a final
// pass that always succeeds: any line that is not over-full is feasible, its badness is
// judged with an emergency stretch added, and when a breakpoint can be reached by no
// line that fits (a box wider than the measure) the breaker takes an over-full line
// there (TeX's "artificial demerits").
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

namespace vanban::typeset::kp {

struct Item {
  enum class Kind { Box, Glue, Penalty };
  Kind kind = Kind::Box;
  double width = 0;
  double stretch = 0, shrink = 0;  // glue
  bool fill = false;               // glue of infinite stretch (\parfillskip, \hfil)
  double penalty = 0;              // penalty: ≥ kInfinity forbids a break, ≤ -kInfinity forces one
};

constexpr double kInfinity = 10000;

inline Item box(double w) { return {Item::Kind::Box, w, 0, 0, false, 0}; }
inline Item glue(double w, double stretch, double shrink) { return {Item::Kind::Glue, w, stretch, shrink, false, 0}; }
inline Item fill() { return {Item::Kind::Glue, 0, 0, 0, true, 0}; }
inline Item penalty(double p) { return {Item::Kind::Penalty, 0, 0, 0, false, p}; }

struct Params {
  double first_measure = 0;      // the first line's length
  double measure = 0;            // every other line's
  double line_end_stretch = 0;   // stretch every line has at its end (ragged setting)
  double emergency_stretch = 0;  // added to each line's stretch in the final pass
  double line_penalty = 10;      // TeX's \linepenalty
  double adj_demerits = 10000;   // TeX's \adjdemerits
  size_t max_active = 512;       // the active list never grows beyond this
};

struct LineBreak {
  size_t item = 0;  // the break: the line ends before this item (glue or penalty)
  // The glue set ratio of the line's own glue (line_end_stretch and emergency stretch
  // not counted): > 0 stretches, < 0 shrinks (≥ -1), 0 when it has infinite stretch.
  double ratio = 0;
};

// The best breaks of `items`, which must end with a forced break (penalty ≤ -kInfinity):
// one per line, in order. Empty only when `items` is.
std::vector<LineBreak> break_lines(const std::vector<Item>& items, const Params& p);

// The index of the first item of the line that starts after a break at `brk` (glue and
// penalties after a break are discarded up to the next box or forced break).
size_t line_start_after(const std::vector<Item>& items, size_t brk);

}  // namespace vanban::typeset::kp

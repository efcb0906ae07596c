#include "cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace vanban::cli {

ProgressBar::ProgressBar(bool wanted) : on_(wanted && ::isatty(STDERR_FILENO)) {}

ProgressBar::~ProgressBar() { clear(); }

void ProgressBar::update(double fraction, long done) {
  if (!on_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  constexpr int kWidth = 30;
  const double f = std::clamp(fraction, 0.0, 1.0);
  const int full = static_cast<int>(f * kWidth);
  std::fprintf(stderr, "\r[%s%s] %3d%%  %ld rows", std::string(static_cast<size_t>(full), '#').c_str(),
               std::string(static_cast<size_t>(kWidth - full), '.').c_str(), static_cast<int>(f * 100), done);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!on_ || !drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace vanban::cli

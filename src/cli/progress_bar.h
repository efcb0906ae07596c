// A progress bar on stderr, drawn only when stderr is a terminal.
#pragma once
#include <chrono>

namespace vanban::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool wanted);
  ~ProgressBar();
  // fraction 0…1; redrawn at most ten times a second.
  void update(double fraction, long done);
  void clear();

 private:
  bool on_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace vanban::cli

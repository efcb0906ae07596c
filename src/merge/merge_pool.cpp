#include "merge/merge_pool.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include "core/limits.h"
#include "layout/concat.h"
#include "merge/file_names.h"
#include "merge/merge_produce.h"
#include "merge/vietnamese_order.h"
#include "package/atomic_file.h"
#include "render/render_steps.h"

namespace vanban::merge {
namespace {

constexpr size_t kBatch = 32;
constexpr size_t kMaxNameBytes = 120;  // + "-12345.docx" and the temporary suffix: under 255

struct Batch {
  std::vector<Job> jobs;
  std::vector<Error> failures;
  std::vector<layout::Layout> layouts;  // --single
  std::vector<std::string> warnings;
  long written = 0;
  bool done = false;
};

// A merge of 10,000 letters that all lack the same glyph says so 100 times, then counts.
void add_warning(MergeSummary& s, std::string w) {
  constexpr size_t kMaxWarnings = 100;
  if (s.warnings.size() < kMaxWarnings)
    s.warnings.push_back(std::move(w));
  else
    ++s.more_warnings;
}

std::string padded(long n) {
  std::string s = std::to_string(n);
  return s.size() < 4 ? std::string(4 - s.size(), '0') + s : s;
}

class Pool {
 public:
  Pool(const MergeOptions& o, Prepared& p, MergeSummary& s) : o_(o), p_(p), summary_(s) {}
  void run();

 private:
  // The calling thread.
  void feed();
  bool read_sorted(std::vector<Record>& sorted);
  std::string file_name(const Record& r, long seq);
  void submit(std::shared_ptr<Batch> b);
  void drain(bool all);
  void finish(Batch& b);
  void finish_output();
  void fatal(ErrorCode code, const std::string& file, const std::string& message) {
    summary_.errors.push_back({code, file, 0, 0, message});
  }
  // The workers.
  void work();
  void make(const Job& job, Batch& b, LetterMaker& maker);

  bool stop_requested() const { return stop_.load(); }

  const MergeOptions& o_;
  Prepared& p_;
  MergeSummary& summary_;
  UniqueNames unique_;
  layout::Layout single_;
  long total_ = 0, finished_ = 0;
  size_t batch_size_ = kBatch, max_in_flight_ = 8;

  std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::shared_ptr<Batch>> todo_, order_;
  bool closing_ = false;
  std::atomic<bool> stop_{false};
  std::atomic<bool> output_failed_{false};
};

void Pool::run() {
  const unsigned jobs = o_.strict ? 1 : o_.jobs ? o_.jobs : std::max(1u, std::thread::hardware_concurrency());
  batch_size_ = o_.strict ? 1 : kBatch;
  max_in_flight_ = 4 * jobs;
  std::vector<std::thread> workers;
  // An exception here (a bug, or one from the caller's callbacks) must not leave the
  // workers running: they are stopped and joined first.
  std::exception_ptr failure;
  try {
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([this] { work(); });
    feed();
  } catch (...) {
    failure = std::current_exception();
    stop_ = true;
  }
  {
    std::lock_guard lock(m_);
    closing_ = true;
  }
  work_cv_.notify_all();
  if (!failure) {
    try {
      drain(true);
    } catch (...) {
      failure = std::current_exception();
      stop_ = true;
    }
  }
  for (auto& t : workers) t.join();
  if (failure) std::rethrow_exception(failure);
  finish_output();
  summary_.decoding = p_.source->decoding();
}

// Every row of the list, for --sort, in Vietnamese order; false (with an error) past
// the number of rows that may be held.
bool Pool::read_sorted(std::vector<Record>& sorted) {
  VietnameseOrder order;
  std::vector<std::pair<std::string, Record>> keyed;
  Record r;
  while (p_.source->next(r)) {
    if (static_cast<long>(keyed.size()) >= limits::kMaxHeldRows) {
      fatal(ErrorCode::Limit, o_.data_path,
            "--sort holds every row in memory and takes at most " + std::to_string(limits::kMaxHeldRows) +
                " rows; sort the list in the spreadsheet, or split it");
      return false;
    }
    const std::string& v = r.cells.size() > p_.sort_slot ? r.cells[p_.sort_slot] : std::string();
    keyed.emplace_back(o_.sort_by_name ? order.name_key(v) : order.key(v), std::move(r));
    r = Record{};
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& k : keyed) sorted.push_back(std::move(k.second));
  total_ = static_cast<long>(sorted.size());
  return true;
}

// Reads rows, numbers and names them, and hands this shard's rows to the workers in
// batches.
void Pool::feed() {
  std::vector<Record> sorted;
  const bool sorting = !o_.sort_column.empty();
  if (sorting && !read_sorted(sorted)) return;
  size_t next_sorted = 0;
  Record r;
  auto next_record = [&]() -> bool {
    if (sorting) {
      if (next_sorted >= sorted.size()) return false;
      r = std::move(sorted[next_sorted++]);
      return true;
    }
    r = Record{};
    return p_.source->next(r);
  };
  auto batch = std::make_shared<Batch>();
  for (long seq = 1; !stop_requested() && next_record(); ++seq) {
    Job job;
    job.seq = seq;
    // Every row is named, this shard's or not, so names never collide across shards.
    if (!o_.out_dir.empty()) job.name = file_name(r, seq);
    if ((seq - 1) % o_.shards != o_.shard - 1) {
      ++summary_.other_shards;
      continue;
    }
    if (!o_.single_path.empty() && summary_.rows >= limits::kMaxSingleLetters) {
      fatal(ErrorCode::Limit, o_.data_path,
            "--single holds every letter until the file is written and takes at most " +
                std::to_string(limits::kMaxSingleLetters) +
                " letters; split the list (--shard) or write one file per row");
      break;
    }
    ++summary_.rows;
    job.record = std::move(r);
    batch->jobs.push_back(std::move(job));
    if (batch->jobs.size() >= batch_size_) submit(std::exchange(batch, std::make_shared<Batch>()));
  }
  if (!batch->jobs.empty()) submit(std::move(batch));
}

std::string Pool::file_name(const Record& r, long seq) {
  // The default names (places in the output) are unique by construction: no need to
  // remember them.
  if (o_.name_pattern.empty()) return padded(seq);
  std::vector<std::string> ignored;
  std::string name =
      safe_file_name(p_.names.fill({&r.cells, std::to_string(r.row), std::to_string(seq)}, ignored), kMaxNameBytes);
  if (name.empty()) name = padded(seq);
  return unique_.take(name);
}

void Pool::submit(std::shared_ptr<Batch> b) {
  {
    std::lock_guard lock(m_);
    todo_.push_back(b);
    order_.push_back(std::move(b));
  }
  work_cv_.notify_one();
  drain(false);
}

// Finishes completed batches in order; waits while too many are in flight (or, at the
// end, until all are done).
void Pool::drain(bool all) {
  std::unique_lock lock(m_);
  while (!order_.empty()) {
    if (order_.front()->done) {
      auto b = std::move(order_.front());
      order_.pop_front();
      lock.unlock();
      finish(*b);
      lock.lock();
      continue;
    }
    if (!all && order_.size() <= max_in_flight_) break;
    done_cv_.wait(lock);
  }
}

void Pool::work() {
  LetterMaker maker(o_, p_);
  while (true) {
    std::shared_ptr<Batch> b;
    {
      std::unique_lock lock(m_);
      work_cv_.wait(lock, [&] { return closing_ || !todo_.empty(); });
      if (todo_.empty()) return;
      b = std::move(todo_.front());
      todo_.pop_front();
    }
    for (const auto& job : b->jobs) {
      if (stop_requested()) break;
      make(job, *b, maker);
    }
    {
      std::lock_guard lock(m_);
      b->done = true;
    }
    done_cv_.notify_all();
  }
}

// The row boundary: whatever goes wrong making one letter stays with its row.
void Pool::make(const Job& job, Batch& b, LetterMaker& maker) {
  Letter letter;
  try {
    letter = maker.make(job);
  } catch (const std::exception& e) {
    letter.error = row_error(*p_.source, job.record, ErrorCode::Internal, internal_error("", e.what()).message);
  } catch (...) {
    letter.error = row_error(*p_.source, job.record, ErrorCode::Internal, internal_error("", nullptr).message);
  }
  switch (letter.outcome) {
    case Letter::Outcome::Written:
      ++b.written;
      for (auto& w : letter.warnings) b.warnings.push_back(std::move(w));
      return;
    case Letter::Outcome::Kept:
      b.layouts.push_back(std::move(*letter.layout));
      return;
    case Letter::Outcome::OutputFailed:
      output_failed_ = true;
      stop_ = true;
      break;
    case Letter::Outcome::Failed:
      if (o_.strict) stop_ = true;
      break;
  }
  b.failures.push_back(std::move(letter.error));
}

// On the calling thread, in row order.
void Pool::finish(Batch& b) {
  for (auto& w : b.warnings) add_warning(summary_, std::move(w));
  for (const auto& e : b.failures) {
    ++summary_.failed;
    if (o_.row_error) o_.row_error(e);
  }
  if (!b.failures.empty() && o_.strict) summary_.stopped = true;
  summary_.written += b.written;
  for (auto& l : b.layouts) {
    if (layout::append_letter(single_, std::move(l))) {
      ++summary_.written;
      continue;
    }
    ++summary_.failed;
    if (o_.row_error)
      o_.row_error({ErrorCode::Row, p_.source->file(), 0, 0,
                    "a letter differs from the first in its page set-up, styles or address block, which one "
                    "file holds once (keep placeholders out of <contact> with --single)"});
  }
  finished_ += static_cast<long>(b.jobs.size());
  if (o_.progress) o_.progress(total_ > 0 ? static_cast<double>(finished_) / total_ : p_.source->progress(), finished_);
}

void Pool::finish_output() {
  if (output_failed_)
    fatal(ErrorCode::Io, o_.out_dir.empty() ? o_.single_path : o_.out_dir,
          "stopped at the first letter that could not be written; the " + std::to_string(summary_.written) +
              " letters before it are complete");
  if (!o_.out_dir.empty()) {
    if (summary_.written > 0) {
      const std::string why = package::sync_directory(o_.out_dir);
      if (!why.empty()) fatal(ErrorCode::Io, o_.out_dir, why);
    }
    return;
  }
  if (!summary_.errors.empty()) {  // over a limit part-way: no file at all
    summary_.written = 0;
    return;
  }
  if (summary_.written == 0) {
    if (summary_.rows > 0)
      fatal(ErrorCode::Data, o_.single_path, "no row could be made into a letter: nothing written");
    return;
  }
  std::string bytes;
  if (o_.format == Format::Pdf) {
    std::vector<std::string> warnings;
    auto pdf = p_.pdf->write(single_, o_.single_path, summary_.errors, &warnings);
    for (auto& w : warnings) add_warning(summary_, std::move(w));
    if (!pdf) {
      summary_.written = 0;
      return;
    }
    bytes = std::move(*pdf);
  } else {
    bytes = write_layout(single_, o_.format);
  }
  const std::string why = package::write_atomically(o_.single_path, bytes);
  if (!why.empty()) {
    fatal(ErrorCode::Io, o_.single_path, why);
    summary_.written = 0;
  }
}

}  // namespace

void run_pool(const MergeOptions& o, Prepared& p, MergeSummary& summary) { Pool(o, p, summary).run(); }

}  // namespace vanban::merge

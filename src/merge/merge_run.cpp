// The merge run: check everything that can be checked before the first letter, then
// stream the rows through worker threads in batches, reporting results in row order.
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include "core/limits.h"
#include "import/legacy_encodings.h"
#include "input/xml_reader.h"
#include "layout/concat.h"
#include "merge/file_names.h"
#include "merge/letter_template.h"
#include "merge/letter_writer.h"
#include "merge/merge_letters.h"
#include "merge/table_source.h"
#include "merge/vietnamese_order.h"
#include "package/atomic_file.h"
#include "render/render_steps.h"

namespace vanban {
namespace {

using merge::Record;

constexpr size_t kBatch = 32;
constexpr size_t kMaxNameBytes = 120;  // + "-12345.docx" and the temporary suffix: under 255

struct Job {
  Record record;
  long seq = 0;
  std::string name;
};

struct Batch {
  std::vector<Job> jobs;
  std::vector<Error> failures;
  std::vector<layout::Layout> layouts;  // --single
  long written = 0;
  bool done = false;
};

std::string padded(long n) {
  std::string s = std::to_string(n);
  return s.size() < 4 ? std::string(4 - s.size(), '0') + s : s;
}

class Runner {
 public:
  explicit Runner(const MergeOptions& o) : o_(o) {}

  MergeSummary run() {
    if (!prepare()) return std::move(summary_);
    const unsigned jobs = o_.strict ? 1 : o_.jobs ? o_.jobs : std::max(1u, std::thread::hardware_concurrency());
    batch_size_ = o_.strict ? 1 : kBatch;
    max_in_flight_ = 4 * jobs;
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([this] { work(); });
    produce();
    {
      std::lock_guard lock(m_);
      closing_ = true;
    }
    work_cv_.notify_all();
    drain(true);
    for (auto& t : workers) t.join();
    finish_output();
    summary_.decoding = source_->decoding();
    return std::move(summary_);
  }

 private:
  void fatal(ErrorCode code, const std::string& file, const std::string& message) {
    summary_.errors.push_back({code, file, 0, 0, message});
  }

  // Everything that can fail before the first letter: nothing is written if it does.
  bool prepare() {
    if (o_.out_dir.empty() == o_.single_path.empty()) {
      fatal(ErrorCode::Usage, "", "give an output folder or a single output file (not both)");
      return false;
    }
    if (o_.shards < 1 || o_.shard < 1 || o_.shard > o_.shards) {
      fatal(ErrorCode::Usage, "", "--shard K/N needs 1 ≤ K ≤ N");
      return false;
    }
    style_ = choose_style(o_.style, summary_.errors);
    if (!summary_.errors.empty()) return false;
    std::ifstream in(o_.template_path, std::ios::binary);
    if (!in || std::filesystem::is_directory(o_.template_path)) {
      fatal(ErrorCode::Io, o_.template_path, "cannot read the template");
      return false;
    }
    // Read in pieces, stopping one past the limit: a huge file is refused unread.
    std::string bytes;
    char piece[1 << 16];
    while (bytes.size() <= limits::kMaxInputBytes && in.read(piece, sizeof piece).gcount() > 0)
      bytes.append(piece, static_cast<size_t>(in.gcount()));
    if (bytes.size() > limits::kMaxInputBytes) {
      fatal(ErrorCode::Limit, o_.template_path,
            "the template is larger than " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB");
      return false;
    }
    template_ = merge::LetterTemplate::parse(bytes, o_.template_path, summary_.errors);
    if (!summary_.errors.empty()) return false;
    // The template must be a valid document once filled: checked with neutral values.
    const Errors probe = input::read_document(template_.probe(), o_.template_path).errors;
    if (!probe.empty()) {
      summary_.errors = probe;
      return false;
    }
    merge::TableOptions table;
    table.delimiter = o_.delimiter;
    table.workbook_bytes = o_.data_xlsx;
    if (!o_.encoding.empty()) {
      table.encoding = import::encoding_from_name(o_.encoding);
      // UTF-16 is read by its byte-order mark; a forced one would be split as bytes.
      if (!table.encoding || *table.encoding == import::Encoding::Utf16Le ||
          *table.encoding == import::Encoding::Utf16Be) {
        fatal(ErrorCode::Usage, o_.data_path,
              "unknown encoding '" + o_.encoding + "' (known: utf-8, windows-1258, tcvn3, vni, viscii, vps)");
        return false;
      }
    }
    source_ = merge::open_table(o_.data_path, table, summary_.errors);
    if (!source_) return false;
    const auto& header = source_->header();
    for (const auto& used : template_.columns())
      for (size_t i = 0; i < header.size(); ++i)
        for (size_t j = i + 1; j < header.size(); ++j)
          if (header[i] == used && header[j] == used)
            fatal(ErrorCode::Data, o_.data_path,
                  "the column '" + used + "' appears twice in the header (columns " + std::to_string(i + 1) + " and " +
                      std::to_string(j + 1) + ")");
    for (auto& e : template_.bind(header)) summary_.errors.push_back(std::move(e));
    if (!o_.name_pattern.empty()) {
      // Values are made safe when names are formed; a separator written into the
      // pattern itself is a mistake to report (a pattern names files, not folders).
      if (const size_t at = o_.name_pattern.find_first_of("/\\"); at != std::string::npos)
        summary_.errors.push_back({ErrorCode::Forbidden, "--name", 1, static_cast<int>(at + 1),
                                   "a file name pattern cannot contain '/' or '\\': files go only into the "
                                   "output folder"});
      names_ = merge::LetterTemplate::parse_plain(o_.name_pattern, summary_.errors);
      for (auto& e : names_.bind(header)) {
        e.file = "--name";
        summary_.errors.push_back(std::move(e));
      }
    }
    if (!o_.sort_column.empty()) {
      const auto it = std::find(header.begin(), header.end(), o_.sort_column);
      if (it == header.end())
        fatal(ErrorCode::Usage, o_.data_path, "--sort: the data has no column '" + o_.sort_column + "'");
      else
        sort_slot_ = static_cast<size_t>(it - header.begin());
    }
    if (!summary_.errors.empty()) return false;
    if (!o_.out_dir.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(o_.out_dir, ec);
      if (ec || !std::filesystem::is_directory(o_.out_dir)) {
        fatal(ErrorCode::Io, o_.out_dir, "cannot create the output folder" + (ec ? ": " + ec.message() : ""));
        return false;
      }
    }
    return true;
  }

  // Reads rows (all of them first when sorting), numbers and names them, and hands this
  // shard's rows to the workers in batches.
  void produce() {
    std::vector<Record> sorted;
    bool have_sorted = false;
    if (!o_.sort_column.empty()) {
      merge::VietnameseOrder order;
      std::vector<std::pair<std::string, Record>> keyed;
      Record r;
      while (source_->next(r)) {
        if (static_cast<long>(keyed.size()) >= limits::kMaxHeldRows) {
          fatal(ErrorCode::Limit, o_.data_path,
                "--sort holds every row in memory and takes at most " + std::to_string(limits::kMaxHeldRows) +
                    " rows; sort the list in the spreadsheet, or split it");
          return;
        }
        const std::string& v = r.cells.size() > sort_slot_ ? r.cells[sort_slot_] : std::string();
        keyed.emplace_back(o_.sort_by_name ? order.name_key(v) : order.key(v), std::move(r));
        r = Record{};
      }
      std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& k : keyed) sorted.push_back(std::move(k.second));
      have_sorted = true;
      total_ = static_cast<long>(sorted.size());
    }
    auto batch = std::make_shared<Batch>();
    long seq = 0;
    size_t next_sorted = 0;
    Record r;
    auto next_record = [&]() -> bool {
      if (have_sorted) {
        if (next_sorted >= sorted.size()) return false;
        r = std::move(sorted[next_sorted++]);
        return true;
      }
      r = Record{};
      return source_->next(r);
    };
    while (!stop_requested() && next_record()) {
      ++seq;
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
                  " letters; split the list (--shard) or write one "
                  "file per row");
        break;
      }
      ++summary_.rows;
      job.record = std::move(r);
      batch->jobs.push_back(std::move(job));
      if (batch->jobs.size() >= batch_size_) {
        submit(std::move(batch));
        batch = std::make_shared<Batch>();
      }
    }
    if (!batch->jobs.empty()) submit(std::move(batch));
  }

  std::string file_name(const Record& r, long seq) {
    // The default names (places in the output) are unique by construction: no need to
    // remember them.
    if (o_.name_pattern.empty()) return padded(seq);
    std::vector<std::string> ignored;
    std::string name = merge::safe_file_name(
        names_.fill({&r.cells, std::to_string(r.row), std::to_string(seq)}, ignored), kMaxNameBytes);
    if (name.empty()) name = padded(seq);
    return unique_.take(name);
  }

  void submit(std::shared_ptr<Batch> b) {
    {
      std::lock_guard lock(m_);
      todo_.push_back(b);
      order_.push_back(std::move(b));
    }
    work_cv_.notify_one();
    drain(false);
  }

  // Finishes completed batches in order; waits while too many are in flight (or, at
  // the end, until all are done).
  void drain(bool all) {
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

  void work() {
    merge::LetterWriter writer(o_.format);
    while (true) {
      std::shared_ptr<Batch> b;
      {
        std::unique_lock lock(m_);
        work_cv_.wait(lock, [&] { return closing_ || !todo_.empty(); });
        if (todo_.empty()) return;
        b = std::move(todo_.front());
        todo_.pop_front();
      }
      for (auto& job : b->jobs) {
        if (stop_requested()) break;
        process(job, *b, writer);
      }
      {
        std::lock_guard lock(m_);
        b->done = true;
      }
      done_cv_.notify_all();
    }
  }

  void process(Job& job, Batch& b, merge::LetterWriter& writer) {
    const Record& r = job.record;
    auto fail = [&](ErrorCode code, const std::string& message) {
      b.failures.push_back(
          {code, source_->file(), static_cast<int>(r.line), 0, "row " + std::to_string(r.row) + ": " + message});
      if (o_.strict) stop_ = true;
    };
    std::vector<std::string> problems = r.problems;
    const std::string xml =
        problems.empty() ? template_.fill({&r.cells, std::to_string(r.row), std::to_string(job.seq)}, problems) : "";
    if (!problems.empty()) {
      std::string all;
      for (const auto& p : problems) all += (all.empty() ? "" : "; ") + p;
      fail(ErrorCode::Row, all);
      return;
    }
    Errors errors;
    auto l = lay_out(xml, o_.template_path, style_, errors);
    if (!l) {
      // The filled letter failed a check: its code says which (schema, bad-date…).
      fail(errors.empty() ? ErrorCode::Internal : errors.front().code,
           errors.empty() ? "cannot be laid out" : errors.front().to_string());
      return;
    }
    if (!o_.single_path.empty()) {
      b.layouts.push_back(std::move(*l));
      return;
    }
    const std::string path = o_.out_dir + "/" + job.name + "." + format_extension(o_.format);
    const std::string why = package::write_atomically(path, writer.package(*l), false);
    if (!why.empty()) {
      // Not the row's fault: a full disk or a folder gone read-only fails every later
      // letter too, so the run stops here (letters already written are whole).
      fail(ErrorCode::Io, why);
      output_failed_ = true;
      stop_ = true;
      return;
    }
    ++b.written;
  }

  // On the calling thread, in row order.
  void finish(Batch& b) {
    for (const auto& e : b.failures) {
      ++summary_.failed;
      if (o_.row_error) o_.row_error(e);
    }
    if (!b.failures.empty() && o_.strict) summary_.stopped = true;
    summary_.written += b.written;
    for (auto& l : b.layouts) {
      if (layout::append_letter(single_, std::move(l))) {
        ++summary_.written;
      } else {
        ++summary_.failed;
        if (o_.row_error)
          o_.row_error({ErrorCode::Row, source_->file(), 0, 0,
                        "a letter differs from the first in its page set-up, styles or address block, which one "
                        "file holds once (keep placeholders out of <contact> with --single)"});
      }
    }
    finished_ += static_cast<long>(b.jobs.size());
    if (o_.progress) o_.progress(total_ > 0 ? static_cast<double>(finished_) / total_ : source_->progress(), finished_);
  }

  void finish_output() {
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
    const std::string why = package::write_atomically(o_.single_path, write_layout(single_, o_.format));
    if (!why.empty()) {
      fatal(ErrorCode::Io, o_.single_path, why);
      summary_.written = 0;
    }
  }

  bool stop_requested() const { return stop_.load(); }

  const MergeOptions& o_;
  MergeSummary summary_;
  std::optional<rules::HouseStyle> style_;
  merge::LetterTemplate template_;
  merge::LetterTemplate names_;
  std::unique_ptr<merge::TableSource> source_;
  size_t sort_slot_ = 0;
  merge::UniqueNames unique_;
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

}  // namespace

MergeSummary merge_letters(const MergeOptions& options) { return Runner(options).run(); }

}  // namespace vanban

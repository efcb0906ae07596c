#include "merge/csv_source.h"

#include <unicode/ucnv.h>

#include <cerrno>
#include <cstring>

#include "input/limits.h"

namespace vanban::merge {
namespace {

constexpr size_t kChunk = 1 << 16;

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};

class CsvSource : public TableSource {
 public:
  // Reads `f` (owned; stdin is not closed), or `text` when `f` is null.
  CsvSource(std::string file, FILE* f, std::string text) : TableSource(std::move(file)), in_(f), buf_(std::move(text)) {
    if (in_) {
      seekable_ = std::fseek(in_.get(), 0, SEEK_END) == 0;
      if (seekable_) {
        size_ = std::ftell(in_.get());
        std::fseek(in_.get(), 0, SEEK_SET);
      }
    } else {
      seekable_ = true;
      size_ = static_cast<long>(buf_.size());
    }
  }

  // Reads the header; false with errors when there is none.
  bool start(char delimiter, Errors& errors) {
    fill();
    if (buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    delimiter_ = delimiter ? delimiter : guess_delimiter();
    Record h;
    if (!read_record(h)) {
      errors.push_back({ErrorCode::Schema, file_, 1, 0, "the data is empty: the first row must name the columns"});
      return false;
    }
    if (!h.problems.empty()) {
      errors.push_back({ErrorCode::Schema, file_, static_cast<int>(h.line), 0, "header row: " + h.problems.front()});
      return false;
    }
    set_header(std::move(h.cells));
    row_ = 1;
    return true;
  }

  bool next(Record& r) override {
    while (true) {
      r.problems.clear();
      if (!read_record(r)) return false;
      ++row_;
      r.row = row_;
      bool blank = true;
      for (const auto& c : r.cells) blank = blank && c.find_first_not_of(" \t") == std::string::npos;
      if (blank && r.problems.empty()) continue;  // empty lines, or rows of empty cells
      fit_to_header(r);
      return true;
    }
  }

  double progress() const override { return size_ > 0 ? static_cast<double>(offset_ + pos_) / size_ : 0; }

 private:
  bool fill() {
    if (pos_ < buf_.size()) return true;
    if (!in_) return false;
    offset_ += static_cast<long>(buf_.size());
    buf_.resize(kChunk);
    const size_t n = std::fread(buf_.data(), 1, kChunk, in_.get());
    buf_.resize(n);
    pos_ = 0;
    return n > 0;
  }
  int get() {
    if (!fill()) return EOF;
    return static_cast<unsigned char>(buf_[pos_++]);
  }
  int peek() {
    if (!fill()) return EOF;
    return static_cast<unsigned char>(buf_[pos_]);
  }
  long tell() const { return offset_ + static_cast<long>(pos_); }
  void seek(long at) {
    if (!in_) {
      pos_ = static_cast<size_t>(at);
      return;
    }
    std::fseek(in_.get(), at, SEEK_SET);
    buf_.clear();
    pos_ = 0;
    offset_ = at;
  }

  char guess_delimiter() {
    if (file_.ends_with(".tsv") || file_.ends_with(".tab") || file_.ends_with(".txt")) return '\t';
    size_t counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (size_t i = pos_; i < buf_.size() && (quoted || (buf_[i] != '\n' && buf_[i] != '\r')); ++i) {
      if (buf_[i] == '"') quoted = !quoted;
      for (int k = 0; k < 3 && !quoted; ++k) counts[k] += buf_[i] == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
      if (counts[k] > counts[best]) best = k;
    return candidates[best];
  }

  void end_line(int c) {
    if (c == '\r' && peek() == '\n') get();
    ++line_;
  }

  // One record (which may span lines inside quotes); false at the end of the input.
  bool read_record(Record& r) {
    r.cells.clear();
    r.line = line_;
    if (peek() == EOF) return false;
    enum class S { FieldStart, Unquoted, Quoted, AfterQuote } s = S::FieldStart;
    std::string field;
    long first_line_end = -1;  // where to resume if a quote is never closed
    int field_lines = 0;       // line breaks inside the current quoted field
    bool too_long = false;     // the current field passed kMaxFieldBytes: the rest is dropped
    bool too_many = false;     // the record passed kMaxFields
    auto push = [&] {
      if (too_long)
        r.problems.push_back("field " + std::to_string(r.cells.size() + 1) + " is longer than the " +
                             std::to_string(limits::kMaxFieldBytes >> 10) + " KiB limit");
      if (r.cells.size() < limits::kMaxFields) {
        r.cells.push_back(std::move(field));
      } else if (!too_many) {
        too_many = true;
        r.problems.push_back("more than " + std::to_string(limits::kMaxFields) + " fields");
      }
      field.clear();
      too_long = false;
      field_lines = 0;
    };
    // Keeps at most kMaxFieldBytes of a field, so a hostile list cannot fill memory.
    auto keep = [&](int c) {
      if (field.size() < limits::kMaxFieldBytes)
        field.push_back(static_cast<char>(c));
      else
        too_long = true;
    };
    while (true) {
      const int c = get();
      if (s == S::Quoted) {
        // A quote never closed, or one that runs on over more lines than any real cell
        // (which would make every later row with a stray quote rescan the rest of the
        // file): the row is reported and reading resumes on the line after it starts.
        if (c == EOF || field_lines > limits::kMaxFieldLines) {
          r.problems.push_back("a quote opened in field " + std::to_string(r.cells.size() + 1) + " is never closed");
          if (first_line_end >= 0 && seekable_) {
            seek(first_line_end);
            line_ = r.line + 1;
          }
          too_long = false;
          push();
          return true;
        }
        if (c == '"') {
          if (peek() == '"') {
            get();
            keep('"');
          } else {
            s = S::AfterQuote;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            ++line_;
            ++field_lines;
            if (first_line_end < 0) first_line_end = tell();
          }
          keep(c);
        }
        continue;
      }
      if (c == EOF || c == '\n' || c == '\r') {
        push();
        if (c != EOF) end_line(c);
        return true;
      }
      if (c == delimiter_) {
        push();
        s = S::FieldStart;
        continue;
      }
      switch (s) {
        case S::FieldStart:
          if (c == '"') {
            s = S::Quoted;
            break;
          }
          s = S::Unquoted;
          keep(c);
          break;
        case S::Unquoted:
          keep(c);  // a stray quote inside a bare field is kept
          break;
        case S::AfterQuote:
          if (c == ' ' || c == '\t') break;  // spaces after the closing quote
          r.problems.push_back("field " + std::to_string(r.cells.size() + 1) +
                               ": text after its closing quote (a quote inside a value is written \"\")");
          keep(c);
          s = S::Unquoted;
          break;
        case S::Quoted:
          break;
      }
    }
  }

  std::unique_ptr<FILE, FileCloser> in_;
  std::string buf_;
  size_t pos_ = 0;
  long offset_ = 0;
  long size_ = -1;
  bool seekable_ = false;
  char delimiter_ = ',';
  long line_ = 1;
  long row_ = 0;
};

// UTF-16 with a BOM → UTF-8 (ICU); "" with errors on failure.
std::string utf16_to_utf8(const std::string& bytes, const std::string& file, Errors& errors) {
  UErrorCode status = U_ZERO_ERROR;
  const char* name = static_cast<unsigned char>(bytes[0]) == 0xFF ? "UTF-16LE" : "UTF-16BE";
  UConverter* from = ucnv_open(name, &status);
  UConverter* to = ucnv_open("UTF-8", &status);
  std::string out(bytes.size() * 2 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data() + 2;
  if (U_SUCCESS(status)) {
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), nullptr, nullptr,
                   nullptr, nullptr, true, true, &status);
  }
  if (from) ucnv_close(from);
  if (to) ucnv_close(to);
  if (U_FAILURE(status)) {
    errors.push_back({ErrorCode::Io, file, 0, 0, std::string("not valid UTF-16 text (") + u_errorName(status) + ")"});
    return {};
  }
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

}  // namespace

std::unique_ptr<TableSource> csv_from_text(std::string text, std::string file, char delimiter, Errors& errors) {
  auto src = std::make_unique<CsvSource>(std::move(file), nullptr, std::move(text));
  if (!src->start(delimiter, errors)) return nullptr;
  return src;
}

std::unique_ptr<TableSource> open_csv(const std::string& path, char delimiter, Errors& errors) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    errors.push_back({ErrorCode::Io, path, 0, 0, std::string("cannot open: ") + std::strerror(errno)});
    return nullptr;
  }
  unsigned char bom[2] = {0, 0};
  const size_t got = path == "-" ? 0 : std::fread(bom, 1, 2, f);
  if (got == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF))) {
    std::string bytes(reinterpret_cast<char*>(bom), 2);
    char chunk[kChunk];
    size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0 && bytes.size() <= limits::kMaxUtf16ListBytes)
      bytes.append(chunk, n);
    std::fclose(f);
    if (bytes.size() > limits::kMaxUtf16ListBytes) {
      errors.push_back({ErrorCode::Limit, path, 0, 0,
                        "a UTF-16 list is converted in memory and may be at most " +
                            std::to_string(limits::kMaxUtf16ListBytes >> 20) + " MiB; save it as UTF-8 CSV"});
      return nullptr;
    }
    std::string text = utf16_to_utf8(bytes, path, errors);
    if (!errors.empty()) return nullptr;
    return csv_from_text(std::move(text), path, delimiter, errors);
  }
  if (path != "-") std::fseek(f, 0, SEEK_SET);
  auto src = std::make_unique<CsvSource>(path, f, std::string());
  if (!src->start(delimiter, errors)) return nullptr;
  return src;
}

}  // namespace vanban::merge

#include "merge/csv_source.h"

#include <unicode/ucnv.h>

#include <cerrno>
#include <cstring>

#include "core/limits.h"
#include "import/decode.h"
#include "text/unicode.h"

namespace vanban::merge {
namespace {

constexpr size_t kChunk = 1 << 16;
// The encoding is detected on this much of the start of a file, as decode_text does.
constexpr size_t kSample = 256 * 1024;

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};

class CsvSource : public TableSource {
 public:
  // Reads `f` (owned; stdin is not closed), or `text` when `f` is null.
  CsvSource(std::string file, FILE* f, std::string text, bool ragged)
      : TableSource(std::move(file), ragged), in_(f), buf_(std::move(text)) {
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
  bool start(const TableOptions& options, Errors& errors) {
    fill();
    if (buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    choose_encoding(options.encoding, pos_ == 3);
    delimiter_ = options.delimiter ? options.delimiter : guess_delimiter();
    Record h;
    if (!read_record(h)) {
      errors.push_back({ErrorCode::Data, file_, 1, 0, "the data is empty: the first row must name the columns"});
      return false;
    }
    if (!h.problems.empty()) {
      errors.push_back({ErrorCode::Data, file_, static_cast<int>(h.line), 0, "header row: " + h.problems.front()});
      return false;
    }
    decode(h);
    set_header(std::move(h.cells));
    row_ = 1;
    return true;
  }

  std::string decoding() const override {
    if (!legacy_) return {};
    return std::string(import::encoding_name(encoding_)) + (detected_ ? " (detected)" : "");
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
      decode(r);
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

  // A list Excel saved as plain "CSV" is in the machine's code page, or in TCVN3 or
  // VNI when it was typed in those fonts: the encoding is chosen on a prefix (cut at a
  // line end, so no character is split) with decode_text's scoring, unless forced;
  // text that is not all UTF-8 is still UTF-8 when that reads best.
  // ASCII delimiters and quotes are the same bytes in all of them, so records are
  // split first and each is decoded as it is read: memory stays flat.
  void choose_encoding(std::optional<import::Encoding> forced, bool bom) {
    if (forced) {
      encoding_ = *forced;
    } else if (!bom) {
      while (in_ && buf_.size() < kSample && more()) {
      }
      std::string_view sample(buf_);
      if (in_ && !eof_ && sample.find('\n') != std::string_view::npos) sample = sample.substr(0, sample.rfind('\n'));
      if (!text::valid_utf8(sample)) {
        // decode_text's best legacy reading, against UTF-8 itself: a UTF-8 list with
        // one damaged row stays UTF-8 (that row is reported), not mojibake throughout.
        const auto legacy = import::decode_text(sample);
        const long as_utf8 = import::vietnamese_score(text::nfc(import::decode_bytes(sample, import::Encoding::Utf8)));
        if (import::vietnamese_score(legacy.text) > as_utf8) encoding_ = legacy.encoding;
      }
      detected_ = true;
    }
    legacy_ = encoding_ != import::Encoding::Utf8;
  }
  // Appends the next chunk of the file to the buffer (while detecting); false at the end.
  bool more() {
    const size_t had = buf_.size();
    buf_.resize(had + kChunk);
    const size_t n = std::fread(buf_.data() + had, 1, kChunk, in_.get());
    buf_.resize(had + n);
    eof_ = n == 0;
    return n > 0;
  }
  void decode(Record& r) const {
    if (!legacy_) return;
    for (auto& c : r.cells) c = text::nfc(import::decode_bytes(c, encoding_));
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

  // The record being read, and its current field.
  struct Building {
    explicit Building(Record& record) : r(record) {}
    Record& r;
    enum class S { FieldStart, Unquoted, Quoted, AfterQuote } s = S::FieldStart;
    std::string field;
    long first_line_end = -1;  // where to resume if a quote is never closed
    int field_lines = 0;       // line breaks inside the current quoted field
    bool too_long = false;     // the current field passed kMaxFieldBytes: the rest is dropped
    bool too_many = false;     // the record passed kMaxFields

    void push() {
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
    }
    // Keeps at most kMaxFieldBytes of a field, so a hostile list cannot fill memory.
    void keep(int c) {
      if (field.size() < limits::kMaxFieldBytes)
        field.push_back(static_cast<char>(c));
      else
        too_long = true;
    }
  };

  // One record (which may span lines inside quotes); false at the end of the input.
  bool read_record(Record& r) {
    r.cells.clear();
    r.line = line_;
    if (peek() == EOF) return false;
    Building b(r);
    while (true) {
      const int c = get();
      if (b.s == Building::S::Quoted) {
        if (quoted(b, c)) return true;
        continue;
      }
      if (c == EOF || c == '\n' || c == '\r') {
        b.push();
        if (c != EOF) end_line(c);
        return true;
      }
      if (c == delimiter_) {
        b.push();
        b.s = Building::S::FieldStart;
        continue;
      }
      unquoted(b, c);
    }
  }

  // A character inside quotes; true when the record ends with it.
  bool quoted(Building& b, int c) {
    // A quote never closed, or one that runs on over more lines than any real cell
    // (which would make every later row with a stray quote rescan the rest of the
    // file): the row is reported and reading resumes on the line after it starts.
    if (c == EOF || b.field_lines > limits::kMaxFieldLines) {
      b.r.problems.push_back("a quote opened in field " + std::to_string(b.r.cells.size() + 1) + " is never closed");
      if (b.first_line_end >= 0 && seekable_) {
        seek(b.first_line_end);
        line_ = b.r.line + 1;
      }
      b.too_long = false;
      b.push();
      return true;
    }
    if (c == '"') {
      if (peek() == '"') {
        get();
        b.keep('"');
      } else {
        b.s = Building::S::AfterQuote;
      }
      return false;
    }
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      ++line_;
      ++b.field_lines;
      if (b.first_line_end < 0) b.first_line_end = tell();
    }
    b.keep(c);
    return false;
  }

  // A character of a field outside quotes (not a delimiter or line end).
  static void unquoted(Building& b, int c) {
    switch (b.s) {
      case Building::S::FieldStart:
        if (c == '"') {
          b.s = Building::S::Quoted;
          break;
        }
        b.s = Building::S::Unquoted;
        b.keep(c);
        break;
      case Building::S::Unquoted:
        b.keep(c);  // a stray quote inside a bare field is kept
        break;
      case Building::S::AfterQuote:
        if (c == ' ' || c == '\t') break;  // spaces after the closing quote
        b.r.problems.push_back("field " + std::to_string(b.r.cells.size() + 1) +
                               ": text after its closing quote (a quote inside a value is written \"\")");
        b.keep(c);
        b.s = Building::S::Unquoted;
        break;
      case Building::S::Quoted:
        break;
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
  import::Encoding encoding_ = import::Encoding::Utf8;
  bool legacy_ = false;    // records are decoded from encoding_
  bool detected_ = false;  // encoding_ was chosen by score
  bool eof_ = false;
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
    errors.push_back({ErrorCode::Data, file, 0, 0, std::string("not valid UTF-16 text (") + u_errorName(status) + ")"});
    return {};
  }
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

}  // namespace

std::unique_ptr<TableSource> csv_from_text(std::string text, std::string file, const TableOptions& options,
                                           Errors& errors) {
  auto src = std::make_unique<CsvSource>(std::move(file), nullptr, std::move(text), options.ragged);
  if (!src->start(options, errors)) return nullptr;
  return src;
}

std::unique_ptr<TableSource> csv_from_text(std::string text, std::string file, char delimiter, Errors& errors) {
  TableOptions options;
  options.delimiter = delimiter;
  return csv_from_text(std::move(text), std::move(file), options, errors);
}

std::unique_ptr<TableSource> open_csv(const std::string& path, char delimiter, Errors& errors) {
  TableOptions options;
  options.delimiter = delimiter;
  return open_csv(path, options, errors);
}

std::unique_ptr<TableSource> open_csv(const std::string& path, const TableOptions& options, Errors& errors) {
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
    TableOptions utf8 = options;
    utf8.encoding = import::Encoding::Utf8;  // the BOM said UTF-16: no guessing
    return csv_from_text(std::move(text), path, utf8, errors);
  }
  if (path != "-") std::fseek(f, 0, SEEK_SET);
  auto src = std::make_unique<CsvSource>(path, f, std::string(), options.ragged);
  if (!src->start(options, errors)) return nullptr;
  return src;
}

}  // namespace vanban::merge

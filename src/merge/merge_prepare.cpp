#include "merge/merge_prepare.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/limits.h"
#include "import/legacy_encodings.h"
#include "input/xml_reader.h"
#include "render/render_steps.h"

namespace vanban::merge {
namespace {

void fail(Errors& errors, ErrorCode code, const std::string& file, const std::string& message) {
  errors.push_back({code, file, 0, 0, message});
}

bool check_options(const MergeOptions& o, Errors& errors) {
  if (o.out_dir.empty() == o.single_path.empty()) {
    fail(errors, ErrorCode::Usage, "", "give an output folder or a single output file (not both)");
    return false;
  }
  if (o.shards < 1 || o.shard < 1 || o.shard > o.shards) {
    fail(errors, ErrorCode::Usage, "", "--shard K/N needs 1 ≤ K ≤ N");
    return false;
  }
  return true;
}

// The template's bytes, read in pieces and stopping one past the limit: a huge file
// is refused unread.
std::optional<std::string> read_template(const std::string& path, Errors& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) {
    fail(errors, ErrorCode::Io, path, "cannot read the template");
    return std::nullopt;
  }
  std::string bytes;
  char piece[1 << 16];
  while (bytes.size() <= limits::kMaxInputBytes && in.read(piece, sizeof piece).gcount() > 0)
    bytes.append(piece, static_cast<size_t>(in.gcount()));
  if (bytes.size() > limits::kMaxInputBytes) {
    fail(errors, ErrorCode::Limit, path,
         "the template is larger than " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB");
    return std::nullopt;
  }
  return bytes;
}

// The template's syntax, then the document it makes with neutral values.
bool parse_template(const std::string& path, LetterTemplate& letter, Errors& errors) {
  const auto bytes = read_template(path, errors);
  if (!bytes) return false;
  letter = LetterTemplate::parse(*bytes, path, errors);
  if (!errors.empty()) return false;
  Errors probe = input::read_document(letter.probe(), path).errors;
  if (probe.empty()) return true;
  errors = std::move(probe);
  return false;
}

std::unique_ptr<TableSource> open_list(const MergeOptions& o, Errors& errors) {
  TableOptions table;
  table.delimiter = o.delimiter;
  table.workbook_bytes = o.data_xlsx;
  if (!o.encoding.empty()) {
    table.encoding = import::encoding_from_name(o.encoding);
    // UTF-16 is read by its byte-order mark; a forced one would be split as bytes.
    if (!table.encoding || *table.encoding == import::Encoding::Utf16Le ||
        *table.encoding == import::Encoding::Utf16Be) {
      fail(errors, ErrorCode::Usage, o.data_path,
           "unknown encoding '" + o.encoding + "' (known: utf-8, windows-1258, tcvn3, vni, viscii, vps)");
      return nullptr;
    }
  }
  return open_table(o.data_path, table, errors);
}

// A column the template uses must be named once: which one would it mean?
void check_repeated_columns(const MergeOptions& o, const Prepared& p, Errors& errors) {
  const auto& header = p.source->header();
  for (const auto& used : p.letter.columns())
    for (size_t i = 0; i < header.size(); ++i)
      for (size_t j = i + 1; j < header.size(); ++j)
        if (header[i] == used && header[j] == used)
          fail(errors, ErrorCode::Data, o.data_path,
               "the column '" + used + "' appears twice in the header (columns " + std::to_string(i + 1) + " and " +
                   std::to_string(j + 1) + ")");
}

void bind_name_pattern(const MergeOptions& o, Prepared& p, Errors& errors) {
  if (o.name_pattern.empty()) return;
  // Values are made safe when names are formed; a separator written into the pattern
  // itself is a mistake to report (a pattern names files, not folders).
  if (const size_t at = o.name_pattern.find_first_of("/\\"); at != std::string::npos)
    errors.push_back({ErrorCode::Forbidden, "--name", 1, static_cast<int>(at + 1),
                      "a file name pattern cannot contain '/' or '\\': files go only into the output folder"});
  p.names = LetterTemplate::parse_plain(o.name_pattern, errors);
  for (auto& e : p.names.bind(p.source->header())) {
    e.file = "--name";
    errors.push_back(std::move(e));
  }
}

void find_sort_column(const MergeOptions& o, Prepared& p, Errors& errors) {
  if (o.sort_column.empty()) return;
  const auto& header = p.source->header();
  const auto it = std::find(header.begin(), header.end(), o.sort_column);
  if (it == header.end())
    fail(errors, ErrorCode::Usage, o.data_path, "--sort: the data has no column '" + o.sort_column + "'");
  else
    p.sort_slot = static_cast<size_t>(it - header.begin());
}

bool make_output_folder(const std::string& dir, Errors& errors) {
  if (dir.empty()) return true;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    fail(errors, ErrorCode::Io, dir, "cannot create the output folder" + (ec ? ": " + ec.message() : ""));
    return false;
  }
  return true;
}

}  // namespace

bool prepare(const MergeOptions& o, Prepared& p, Errors& errors) {
  if (!check_options(o, errors)) return false;
  p.style = choose_style(o.style, errors);
  if (o.format == Format::Pdf && errors.empty() &&
      (!(p.pdf = PdfRenderer::make(o.pdf, errors)) || !p.pdf->check(errors)))
    return false;
  if (!errors.empty() || !parse_template(o.template_path, p.letter, errors)) return false;
  p.source = open_list(o, errors);
  if (!p.source) return false;
  check_repeated_columns(o, p, errors);
  for (auto& e : p.letter.bind(p.source->header())) errors.push_back(std::move(e));
  bind_name_pattern(o, p, errors);
  find_sort_column(o, p, errors);
  return errors.empty() && make_output_folder(o.out_dir, errors);
}

}  // namespace vanban::merge

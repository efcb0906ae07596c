// The merge path on an untrusted delegate list: the CSV reader (quotes, separators,
// BOMs, UTF-16, the delimiter guess), then each row filled into the sample invitation
// template and rendered, as `vanban merge` does. The first byte picks the delimiter
// and whether the sample's header line is put first (so rows bind to the template) or
// the header comes from the input too.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "merge/csv_source.h"
#include "merge/letter_template.h"
#include "render/render_steps.h"

namespace {

const char* const kTemplatePath = VANBAN_SOURCE_DIR "/samples/merge/giay-moi-dai-bieu.xml";
constexpr const char* kHeader = "stt,ho_ten,chuc_vu,don_vi,so,ngay,ghi_chu\n";

const std::string& template_text() {
  static const std::string text = [] {
    std::ifstream in(kTemplatePath, std::ios::binary);
    std::string t{std::istreambuf_iterator<char>(in), {}};
    if (t.empty()) __builtin_trap();  // run from a source tree
    return t;
  }();
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char kDelimiters[] = {0, ',', ';', '\t'};
  const char delimiter = kDelimiters[data[0] & 3];
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] & 4) text.insert(0, kHeader);

  vanban::Errors errors;
  auto letter = vanban::merge::LetterTemplate::parse(template_text(), "template.xml", errors);
  if (!errors.empty()) __builtin_trap();
  auto source = vanban::merge::csv_from_text(std::move(text), "fuzz.csv", delimiter, errors);
  if (!source) return 0;
  const bool bound = letter.bind(source->header()).empty();
  const std::optional<vanban::rules::HouseStyle> style;
  vanban::merge::Record record;
  // Every row is read; the first few are filled and rendered (a render costs far more
  // than reading a row, and one row exercises it as well as many).
  for (int rows = 0; source->next(record); ++rows) {
    (void)source->where(record);
    if (!bound || !record.problems.empty() || rows >= 4) continue;
    std::vector<std::string> problems;
    const std::string xml = letter.fill({&record.cells, std::to_string(record.row), "1"}, problems);
    if (!problems.empty()) continue;
    vanban::Errors row_errors;
    if (const auto layout = vanban::lay_out(xml, "fuzz.csv", style, row_errors))
      (void)vanban::write_layout(*layout, vanban::Format::Docx);
    // A value can make a row bad (a date that does not exist) but never the XML itself.
    for (const auto& e : row_errors)
      if (e.code == vanban::ErrorCode::NotWellFormed || e.code == vanban::ErrorCode::Forbidden) __builtin_trap();
  }
  return 0;
}

// The .xlsx/.ods readers of merge on untrusted workbooks. The first byte picks what the
// rest is: a whole workbook, or one part (sheet, shared strings, styles, workbook; ODF
// content) in an otherwise valid package. Rows are read to the end.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_package.h"
#include "merge/workbook_source.h"

namespace {

constexpr const char* kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr const char* kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
constexpr const char* kSheet =
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>ngay</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45000</v></c></row></sheetData></worksheet>)";
constexpr const char* kShared =
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ho_ten</t></si><si><r><t>Nguyễn </t></r><r><t>Văn An</t></r></si></sst>)";
constexpr const char* kStyles =
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";
constexpr const char* kContent =
    R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table><table:table-row><table:table-cell><text:p>ho_ten</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2"><text:p>An</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>)";

const std::vector<vanban::package::Entry> kXlsx{{"xl/workbook.xml", kWorkbook},
                                                {"xl/_rels/workbook.xml.rels", kRels},
                                                {"xl/worksheets/sheet1.xml", kSheet},
                                                {"xl/sharedStrings.xml", kShared},
                                                {"xl/styles.xml", kStyles}};
const std::vector<vanban::package::Entry> kOds{{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                                               {"content.xml", kContent}};
// Selector 1…5: the part that gets the input; the first four are an .xlsx's.
const std::vector<std::string_view> kParts{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                                           "xl/workbook.xml", "content.xml"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string bytes =
      vanban::fuzz::choose_input(data, size, kParts, [](size_t k) { return k < 4 ? kXlsx : kOds; });
  // The reader takes a path (it streams from the file), so the input goes to one.
  static const std::string path = "/tmp/vanban-fuzz-" + std::to_string(::getpid()) + ".xlsx";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) __builtin_trap();
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  vanban::Errors errors;
  if (auto source = vanban::merge::open_workbook(path, errors)) {
    vanban::merge::Record record;
    long rows = 0;
    while (source->next(record))
      if (++rows > 1'000'000) __builtin_trap();  // a sheet that never ends
  }
  return 0;
}

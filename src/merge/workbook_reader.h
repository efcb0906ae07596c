// The workbook readers' common part (internal to src/merge): the first sheet streamed
// row by row from the zip, each cell's text decoded by its font (cell_fonts.h). The
// .xlsx reader is in xlsx_source.cpp, the .ods one in ods_source.cpp.
#pragma once
#include <memory>
#include <string>

#include "merge/cell_fonts.h"
#include "merge/table_source.h"
#include "merge/workbook_xml.h"

namespace vanban::merge {

class WorkbookSource : public TableSource {
 public:
  WorkbookSource(std::string file, workbook::ZipPtr z, bool ragged)
      : TableSource(std::move(file), ragged), zip_(std::move(z)) {}

  bool next(Record& r) override;
  double progress() const override;
  std::string decoding() const override;

 protected:
  // Reads the first non-blank row as the header.
  bool start(Errors& errors);
  // The next row with a non-empty cell; false at the end of the sheet.
  virtual bool read_row(Record& r) = 0;
  // At the end of the rows: a sheet that breaks off part-way (bad XML) gives one bad
  // row, reported, and then the end; never a silent stop.
  bool broken_off(Record& r, long row);

  workbook::ZipPtr zip_;
  workbook::ReaderPtr reader_;
  CellFonts fonts_;
  std::string error_;  // set when the sheet turns out unreadable part-way
  double total_ = 0;   // the sheet's inflated size, for progress
  bool done_ = false;  // the first sheet has ended (or broken off)
};

// Each reads its parts' styles and opens the first sheet; nullptr with errors if not.
std::unique_ptr<TableSource> open_xlsx(std::string file, workbook::ZipPtr z, bool ragged, Errors& errors);
std::unique_ptr<TableSource> open_ods(std::string file, workbook::ZipPtr z, bool ragged, Errors& errors);

}  // namespace vanban::merge

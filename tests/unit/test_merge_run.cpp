// The merge run as a whole: exact text of a merged letter, bad rows reported and
// skipped, strict mode, template errors before anything is written, --single, shards,
// and names that never leave the output folder.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "api/merge.h"
#include "package/zip_reader.h"

using namespace vanban;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

const std::string kTemplate = R"(<?xml version="1.0" encoding="UTF-8"?>
<vanban xmlns="urn:vanban:1" version="1" kind="giay-moi" style="nd30">
  <issuer superior="UBND tỉnh Kon Tum" abbr="SNV">Sở Nội vụ</issuer>
  <number>{{so}}</number>
  <place>Kon Tum</place>
  <date>{{ngay}}</date>
  <subject>Dự hội nghị tổng kết</subject>
  <invitation>
    <host>Sở Nội vụ</host>
    <guest>Ông (bà) {{ho_ten}}{{#chuc_vu}}, {{chuc_vu}}{{/chuc_vu}}</guest>
    <event>Hội nghị tổng kết năm 2024.</event>
    <time>08 giờ, ngày 20 tháng 12 năm 2024.</time>
    <venue>Hội trường Sở Nội vụ.</venue>
  </invitation>
  <signature>
    <authority prefix="KT">Giám đốc</authority>
    <role>Phó Giám đốc</role>
    <signer>Trần Văn Bình</signer>
  </signature>
  <recipients>
    <recipient>{{don_vi}}</recipient>
    <archive>VT</archive>
  </recipients>
</vanban>
)";

class MergeRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("merge-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write(dir_ / "t.xml", kTemplate);
  }
  void TearDown() override { fs::remove_all(dir_); }

  MergeSummary run(const std::string& csv, MergeOptions o = {}) {
    write(dir_ / "d.csv", csv);
    o.template_path = (dir_ / "t.xml").string();
    o.data_path = (dir_ / "d.csv").string();
    if (o.single_path.empty() && o.out_dir.empty()) o.out_dir = (dir_ / "out").string();
    o.row_error = [this](const Error& e) { row_errors_.push_back(e.to_string()); };
    return merge_letters(o);
  }
  std::vector<std::string> outputs() const {
    std::vector<std::string> names;
    if (fs::exists(dir_ / "out"))
      for (const auto& e : fs::directory_iterator(dir_ / "out")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
  std::vector<std::string> row_errors_;
};

const std::string kList =
    "so,ngay,ho_ten,chuc_vu,don_vi\r\n"
    "12,18/12/2024,Nguyễn Văn An,Trưởng phòng,Phòng Tổ chức\r\n"
    "12,18/12/2024,\"Lê Thị Bích, Hà\",,\"UBND huyện \"\"Đắk Hà\"\"\"\r\n";

}  // namespace

TEST_F(MergeRun, ExactTextOfAMergedLetter) {
  MergeOptions o;
  o.format = Format::Text;
  const auto s = run(kList, o);
  ASSERT_TRUE(s.errors.empty());
  EXPECT_EQ(s.written, 2);
  EXPECT_EQ(outputs(), (std::vector<std::string>{"0001.txt", "0002.txt"}));
  EXPECT_EQ(read(dir_ / "out" / "0002.txt"),
            "\tUBND TỈNH KON TUM\n"
            "\tSỞ NỘI VỤ\n"
            "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "\tĐộc lập - Tự do - Hạnh phúc\n"
            "\tSố: 12/GM-SNV\n"
            "\tKon Tum, ngày 18 tháng 12 năm 2024\n"
            "GIẤY MỜI\n"
            "Dự hội nghị tổng kết\n"
            "Sở Nội vụ trân trọng kính mời: Ông (bà) Lê Thị Bích, Hà\n"
            "Tới dự Hội nghị tổng kết năm 2024.\n"
            "Thời gian: 08 giờ, ngày 20 tháng 12 năm 2024.\n"
            "Địa điểm: Hội trường Sở Nội vụ./.\n"
            "\tNơi nhận:\n"
            "\t- UBND huyện \"Đắk Hà\";\n"
            "\t- Lưu: VT.\n"
            "\tKT. GIÁM ĐỐC\n"
            "\tPHÓ GIÁM ĐỐC\n"
            "\tTrần Văn Bình\n");
  EXPECT_NE(read(dir_ / "out" / "0001.txt").find("Ông (bà) Nguyễn Văn An, Trưởng phòng\n"), std::string::npos);
}

TEST_F(MergeRun, BadRowsInTheMiddleAreReportedAndSkipped) {
  MergeOptions o;
  std::vector<std::pair<double, long>> progress;
  o.progress = [&](double f, long rows) { progress.emplace_back(f, rows); };
  const auto s =
      run("so,ngay,ho_ten,chuc_vu,don_vi\n"
          "1,18/12/2024,An,,A\n"
          "2,31/02/2024,Bình,,B\n"  // no 31 February
          "3,18/12/2024,,,C\n"      // required name missing
          "x,18/12/2024,Dũng,,D\n"  // not a number
          "5,18/12/2024,Hà,,E\n",
          o);
  ASSERT_TRUE(s.errors.empty());
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.back(), std::make_pair(1.0, 5L));  // every row finished, bad ones included
  EXPECT_EQ(s.rows, 5);
  EXPECT_EQ(s.written, 2);
  EXPECT_EQ(s.failed, 3);
  EXPECT_EQ(outputs(), (std::vector<std::string>{"0001.docx", "0005.docx"}));
  ASSERT_EQ(row_errors_.size(), 3u);
  const std::string csv = (dir_ / "d.csv").string();
  EXPECT_EQ(row_errors_[0].rfind(csv + ":3: row 3: " + (dir_ / "t.xml").string() + ":6:", 0), 0u) << row_errors_[0];
  EXPECT_EQ(row_errors_[1], csv + ":4: row 4: column 'ho_ten' is empty, but the template needs it (line 10)");
  EXPECT_EQ(row_errors_[2].rfind(csv + ":5: row 5: ", 0), 0u) << row_errors_[2];
}

TEST_F(MergeRun, StrictStopsAtTheFirstBadRow) {
  MergeOptions o;
  o.strict = true;
  const auto s = run("so,ngay,ho_ten,chuc_vu,don_vi\n1,1/1/2024,An,,A\n2,1/1/2024,,,B\n3,1/1/2024,Chi,,C\n", o);
  EXPECT_TRUE(s.stopped);
  EXPECT_EQ(s.written, 1);
  EXPECT_EQ(outputs(), std::vector<std::string>{"0001.docx"});
}

TEST_F(MergeRun, TemplateErrorsComeBeforeAnythingIsWritten) {
  write(dir_ / "t.xml", kTemplate);
  auto s = run("so,ngay,ten,don_vi\n1,1/1/2024,An,A\n");  // no ho_ten, no chuc_vu
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].line, 10);
  EXPECT_NE(s.errors[0].message.find("no column 'ho_ten'"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "out"));

  write(dir_ / "t.xml", std::string(kTemplate).replace(kTemplate.find("<place>"), 7, "<plase>"));
  s = run(kList);
  ASSERT_FALSE(s.errors.empty());
  EXPECT_EQ(s.errors[0].code, ErrorCode::NotWellFormed);
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(MergeRun, NamesStayInsideTheOutputFolderAndAreUnique) {
  MergeOptions o;
  o.name_pattern = "{{ho_ten}}";
  const auto s =
      run("so,ngay,ho_ten,chuc_vu,don_vi\n"
          "1,1/1/2024,../../escape,,A\n"
          "1,1/1/2024,a/b,,A\n"
          "1,1/1/2024,An,,A\n"
          "1,1/1/2024,an,,A\n"
          "1,1/1/2024,\"x\x01y\",,A\n"
          "1,1/1/2024,CON,,A\n"
          "1,1/1/2024," +
              std::string(300, 'x') + ",,A\n",
          o);
  ASSERT_TRUE(s.errors.empty());
  EXPECT_EQ(s.written, 7);
  const auto names = outputs();
  // "../../escape": separators become "_", ".." one dot, no leading dot; the control
  // character became a space when the value was read.
  EXPECT_EQ(names, (std::vector<std::string>{"An.docx", "_._escape.docx", "_CON.docx", "a_b.docx", "an-2.docx",
                                             "x y.docx", std::string(120, 'x') + ".docx"}));
  EXPECT_FALSE(fs::exists(dir_ / "escape.docx"));
}

TEST_F(MergeRun, ShardsSplitTheRowsWithoutOverlap) {
  std::string list = "so,ngay,ho_ten,chuc_vu,don_vi\n";
  for (int i = 1; i <= 10; ++i) list += std::to_string(i) + ",1/1/2024,Người " + std::to_string(i % 4) + ",,A\n";
  std::set<std::string> all;
  long total = 0;
  for (int k = 1; k <= 3; ++k) {
    MergeOptions o;
    o.shard = k;
    o.shards = 3;
    o.name_pattern = "{{ho_ten}}";
    const auto s = run(list, o);
    ASSERT_TRUE(s.errors.empty());
    total += s.written;
    EXPECT_EQ(s.rows + s.other_shards, 10);
    for (const auto& n : outputs()) all.insert(n);
  }
  EXPECT_EQ(total, 10);
  EXPECT_EQ(all.size(), 10u);  // same names as one run: "Người 1", "Người 1-2", …
  EXPECT_TRUE(all.count("Người 1-3.docx"));
}

TEST_F(MergeRun, SortedByGivenName) {
  MergeOptions o;
  o.format = Format::Text;
  o.sort_column = "ho_ten";
  o.sort_by_name = true;
  const auto s =
      run("so,ngay,ho_ten,chuc_vu,don_vi\n1,1/1/2024,Đỗ Đức,,A\n1,1/1/2024,Lê Anh,,A\n"
          "1,1/1/2024,Trần Ân,,A\n1,1/1/2024,Bùi Văn An,,A\n",
          o);
  ASSERT_EQ(s.written, 4);
  const char* expected[] = {"Bùi Văn An", "Lê Anh", "Trần Ân", "Đỗ Đức"};
  for (int i = 0; i < 4; ++i)
    EXPECT_NE(read(dir_ / "out" / ("000" + std::to_string(i + 1) + ".txt")).find(expected[i]), std::string::npos) << i;
}

TEST_F(MergeRun, SingleFileHasOneSectionPerLetterEachRestartingPageNumbers) {
  MergeOptions o;
  o.single_path = (dir_ / "all.docx").string();
  const auto s = run(kList, o);
  ASSERT_TRUE(s.errors.empty());
  EXPECT_EQ(s.written, 2);
  const auto xml = package::read_zip_entry(read(dir_ / "all.docx"), "word/document.xml", 1 << 24);
  ASSERT_TRUE(xml);
  size_t sections = 0, restarts = 0;
  for (size_t at = 0; (at = xml->find("<w:sectPr", at)) != std::string::npos; ++at) ++sections;
  for (size_t at = 0; (at = xml->find("<w:pgNumType w:start=\"1\"/>", at)) != std::string::npos; ++at) ++restarts;
  EXPECT_EQ(sections, 2u);
  EXPECT_EQ(restarts, 2u);
  EXPECT_LT(xml->find("Nguyễn Văn An"), xml->find("Lê Thị Bích"));
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(MergeRun, SameBytesWithOneThreadOrMany) {
  std::string list = "so,ngay,ho_ten,chuc_vu,don_vi\n";
  for (int i = 1; i <= 100; ++i) list += std::to_string(i) + ",1/1/2024,Người " + std::to_string(i) + ",,A\n";
  MergeOptions one;
  one.jobs = 1;
  run(list, one);
  std::vector<std::string> first;
  for (const auto& n : outputs()) first.push_back(read(dir_ / "out" / n));
  fs::remove_all(dir_ / "out");
  MergeOptions many;
  many.jobs = 4;
  run(list, many);
  std::vector<std::string> second;
  for (const auto& n : outputs()) second.push_back(read(dir_ / "out" / n));
  ASSERT_EQ(first.size(), 100u);
  EXPECT_EQ(first, second);
}

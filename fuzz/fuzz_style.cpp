// A user's house-style file (`--style FILE.xml`), untrusted: parsed by libxml2 without
// DTD or network, validated against schemas/templates-1.xsd, read into a HouseStyle,
// then used to lay out and write a fixed plan.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "api/vanban.h"

namespace {

constexpr std::string_view kPlan = R"(<?xml version="1.0" encoding="UTF-8"?>
<vanban xmlns="urn:vanban:1" version="1" kind="thong-bao">
  <issuer superior="UBND TỈNH KON TUM" abbr="SNV">SỞ NỘI VỤ</issuer>
  <number>12</number>
  <place>Kon Tum</place>
  <date>2024-03-05</date>
  <subject>Lịch làm việc tuần 10</subject>
  <body><p>Sở Nội vụ thông báo lịch làm việc.</p></body>
  <signature><authority prefix="KT">Giám đốc</authority><role>Phó Giám đốc</role><signer>Trần Văn Bình</signer></signature>
  <recipients><recipient>Các phòng</recipient><archive>VT</archive></recipients>
</vanban>
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vanban::StyleChoice style;
  style.xml.assign(reinterpret_cast<const char*>(data), size);
  style.origin = "fuzz-style.xml";
  const auto result = vanban::render(kPlan, "plan.xml", {vanban::Format::Docx, vanban::Format::Odt}, &style);
  // A style the schema accepts must lay the plan out in both formats.
  if (result.errors.empty() && (result.files.size() != 2 || result.files[0].empty() || result.files[1].empty()))
    __builtin_trap();
  // A refused style is a user error (schema, not-well-formed, forbidden); an internal
  // error is an exception inside render, a bug.
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  return 0;
}

// What a finding says, in Vietnamese or English: short, with the numbers. The
// language-neutral values (expected, found) are put into words here.
#include <cctype>
#include <map>
#include <string>

#include "check/finding.h"

namespace vanban::check {
namespace {

struct Words {
  const char* vi;
  const char* en;
};

Words component_words(Component c) {
  switch (c) {
    case Component::Document:
      return {"Văn bản", "Text"};
    case Component::Page:
      return {"Trang", "Page"};
    case Component::Superior:
      return {"Cơ quan chủ quản", "Superior body"};
    case Component::Issuer:
      return {"Cơ quan ban hành", "Issuing body"};
    case Component::NationalTitle:
      return {"Quốc hiệu", "National title"};
    case Component::Motto:
      return {"Tiêu ngữ", "Motto"};
    case Component::Number:
      return {"Số, ký hiệu", "Number"};
    case Component::Vv:
      return {"Trích yếu công văn", "Công văn subject"};
    case Component::Date:
      return {"Địa danh, ngày tháng", "Place and date"};
    case Component::Stamp:
      return {"Dấu mật, khẩn", "Stamp"};
    case Component::DocType:
      return {"Tên loại", "Document type"};
    case Component::Subject:
      return {"Trích yếu", "Subject"};
    case Component::Addressee:
      return {"Kính gửi", "Addressees"};
    case Component::Basis:
      return {"Căn cứ", "Legal basis"};
    case Component::Body:
      return {"Nội dung", "Body"};
    case Component::Heading:
      return {"Đề mục", "Heading"};
    case Component::Authority:
      return {"Quyền hạn ký", "Signing authority"};
    case Component::SignerRole:
      return {"Chức vụ người ký", "Signer's title"};
    case Component::Signer:
      return {"Người ký", "Signer"};
    case Component::RecipientsLabel:
      return {"Nhãn nơi nhận", "Recipients label"};
    case Component::Recipients:
      return {"Nơi nhận", "Recipients"};
    case Component::AppendixLabel:
      return {"Nhãn phụ lục", "Appendix label"};
    case Component::AppendixTitle:
      return {"Tên phụ lục", "Appendix title"};
    case Component::AppendixReference:
      return {"Dòng kèm theo", "Appendix reference"};
    case Component::PageNumber:
      return {"Số trang", "Page number"};
    case Component::Footnote:
      return {"Chú thích", "Footnote"};
    case Component::Table:
      return {"Bảng", "Table"};
  }
  return {"Văn bản", "Text"};
}

bool starts(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

// A value in Vietnamese: the words findings use, and the words that lead a value
// ("left 20 mm", "exactly 12 pt (75 %)", "3 spaces").
std::string vi_value(const std::string& v) {
  static const std::map<std::string, std::string, std::less<>> whole{
      {"bold", "đậm"},
      {"not bold", "không đậm"},
      {"partly bold", "đậm một phần"},
      {"italic", "nghiêng"},
      {"not italic", "không nghiêng"},
      {"partly italic", "nghiêng một phần"},
      {"in capitals", "in hoa"},
      {"not in capitals", "in thường"},
      {"left", "căn trái"},
      {"centred", "căn giữa"},
      {"right", "căn phải"},
      {"justified", "căn đều hai bên"},
      {"portrait", "khổ dọc"},
      {"landscape", "khổ ngang"},
      {"none", "không có"},
      {"not stated", "không ghi"},
      {"name", "họ tên"},
      {"name only", "chỉ ghi họ tên"},
      {"footer", "ở chân trang"},
      {"none on page 1", "trang 1 không đánh số"},
      {"page 1", "có số ở trang 1"},
      {"from page 2", "đánh số từ trang 2"},
      {"NFC", "Unicode dựng sẵn (NFC)"},
      {"not NFC", "Unicode tổ hợp"},
  };
  if (const auto it = whole.find(v); it != whole.end()) return it->second;
  static const std::pair<std::string_view, std::string_view> leads[] = {
      {"top ", "trên "},     {"bottom ", "dưới "},        {"left ", "trái "},       {"right ", "phải "},
      {"exactly ", "đúng "}, {"at least ", "tối thiểu "}, {"off centre ", "lệch "}, {"header, ", "ở đầu trang, "},
  };
  for (const auto& [en, vi] : leads)
    if (starts(v, en)) return std::string(vi) + vi_value(v.substr(en.size()));
  for (const auto& [en, vi] : {std::pair<std::string_view, std::string_view>{" spaces", " dấu cách"},
                               {" tabs", " dấu tab"},
                               {" tab", " dấu tab"}})
    if (v.ends_with(en)) return v.substr(0, v.size() - en.size()) + std::string(vi);
  return v;
}

std::string value(const std::string& v, Lang lang) { return lang == Lang::Vi ? vi_value(v) : v; }

std::string without_pt(std::string v) {
  if (v.ends_with(" pt")) v.resize(v.size() - 3);
  return v;
}

// "left 20 mm" → {"left", "20 mm"}.
std::pair<std::string, std::string> side_and(const std::string& v) {
  const size_t space = v.find(' ');
  if (space == std::string::npos) return {"", v};
  return {v.substr(0, space), v.substr(space + 1)};
}

std::string side_vi(const std::string& side) {
  return side == "top" ? "trên" : side == "bottom" ? "dưới" : side == "left" ? "trái" : side == "right" ? "phải" : side;
}

std::string punctuation(const Finding& f, const std::string& c, Lang lang) {
  const bool vi = lang == Lang::Vi;
  const bool ends = f.expected == ";" || f.expected == ".";
  if (!ends)
    return c + (vi ? ": mở đầu \"" : ": begins \"") + f.found + (vi ? "\", cần \"" : "\", must begin \"") + f.expected +
           "\"";
  if (f.found == "none")
    return c + (vi ? ": thiếu dấu cuối dòng, cần \"" : ": ends without a mark, must end with \"") + f.expected + "\"";
  return c + (vi ? ": kết thúc bằng \"" : ": ends with \"") + f.found + (vi ? "\", cần \"" : "\", must end with \"") +
         f.expected + "\"";
}

std::string rule_line(const Finding& f, const std::string& c, Lang lang) {
  const bool vi = lang == Lang::Vi;
  if (f.found.empty())
    return c + (vi ? ": thiếu đường kẻ bên dưới, cần dài " : ": no line under it, must have one ") + f.expected +
           (vi ? "" : " long");
  if (f.expected == "centred")
    return c + (vi ? ": đường kẻ bên dưới " : ": the line under it is ") + value(f.found, lang) +
           (vi ? ", cần căn giữa" : ", must be centred");
  return c + (vi ? ": đường kẻ bên dưới dài " : ": the line under it is ") + f.found +
         (vi ? ", cần " : " long, must be ") + f.expected;
}

}  // namespace

std::string message(const Finding& f, Lang lang) {
  const bool vi = lang == Lang::Vi;
  const Words w = component_words(f.component);
  const std::string c = vi ? w.vi : w.en;
  const std::string must = vi ? ", cần " : ", must be ";
  const std::string e = value(f.expected, lang), fd = value(f.found, lang);
  auto quoted = [&](const std::string& what) {
    return what + ": \"" + f.found + "\"" + (vi ? ", cần \"" : ", must be \"") + f.expected + "\"";
  };
  switch (f.code) {
    case Code::PageSize:
      return (vi ? "Khổ giấy " : "Page size ") + fd + must + e;
    case Code::PageOrientation:
      return (vi ? "Trang " : "Page orientation ") + fd + must + e;
    case Code::PageMargin: {
      const auto [side, found] = side_and(f.found);
      const auto [unused, expected] = side_and(f.expected);
      if (vi) return "Lề " + side_vi(side) + " " + vi_value(found) + must + expected;
      std::string en = side + " margin ";
      en[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(en[0])));
      return en + found + must + expected;
    }
    case Code::FontFamily:
      return c + (vi ? ": phông " : ": font ") + f.found + must + f.expected;
    case Code::FontLegacy:
      return c + (vi ? ": phông cũ " : ": legacy font ") + f.found +
             (vi ? " (mã TCVN3/VNI), cần " : " (TCVN3/VNI bytes), must be ") + f.expected;
    case Code::FontColor:
      return c + (vi ? ": chữ màu " : ": text colour ") + f.found + (vi ? ", cần màu đen" : ", must be black");
    case Code::FontSize:
      if (vi) return c + ": cỡ chữ " + without_pt(f.found) + ", cần " + without_pt(f.expected);
      return c + ": size " + f.found + must + f.expected;
    case Code::Bold:
      if (f.expected == "not bold") return c + (vi ? ": đậm, cần chữ thường (không đậm)" : ": bold, must not be");
      return c + ": " + fd + must + e;
    case Code::Italic:
      if (f.expected == "not italic") return c + (vi ? ": nghiêng, cần chữ đứng" : ": italic, must be upright");
      return c + ": " + fd + must + e;
    case Code::Capitals:
      if (f.expected == "in capitals") return c + (vi ? ": không in hoa, cần in hoa" : ": not in capitals, must be");
      return c + (vi ? ": in hoa, cần in thường" : ": in capitals, must be in normal case");
    case Code::Alignment:
      return c + (vi ? ": " : ": aligned ") + fd + must + e;
    case Code::NationalTitleText:
    case Code::MottoText:
    case Code::NumberFormat:
    case Code::DateFormat:
    case Code::RecipientsLabel:
      return quoted(c);
    case Code::MottoRule:
    case Code::IssuerRule:
    case Code::SubjectRule:
      return rule_line(f, c, lang);
    case Code::NumberZero:
    case Code::DateZero:
      return c + ": " + f.found + must + f.expected;
    case Code::SymbolFormat:
      return quoted(vi ? "Ký hiệu" : "Symbol") +
             (vi ? " (in hoa, các nhóm nối bằng -, không có dấu cách)" : " (capitals, groups joined by -, no spaces)");
    case Code::AddresseePunctuation:
    case Code::BasisPunctuation:
    case Code::RecipientsPunctuation:
      return punctuation(f, c, lang);
    case Code::FirstIndent:
      return c + (vi ? ": thụt đầu dòng " : ": first-line indent ") + f.found + must + f.expected;
    case Code::ParagraphSpacing:
      return c + (vi ? ": cách đoạn " : ": ") + f.found + (vi ? "" : " between paragraphs") + must + f.expected;
    case Code::LineSpacing:
      return c + (vi ? ": giãn dòng " : ": line spacing ") + fd + must + f.expected;
    case Code::NumberingOrder:
      return c + (vi ? ": đánh số " : ": numbered ") + f.found + (vi ? ", cần " : ", expected ") + f.expected;
    case Code::AuthorityPrefix:
      return c + (vi ? ": ghi \"" : ": prefix \"") + f.found + (vi ? "\", cần một trong " : "\", must be one of ") +
             f.expected;
    case Code::SignerName:
      if (f.found.empty()) return vi ? c + ": thiếu họ tên người ký" : c + ": no name under the signature";
      return c + (vi ? ": có học hàm, học vị \"" : ": academic title \"") + f.found +
             (vi ? "\" trước họ tên" : "\" before the name");
    case Code::RecipientsArchive:
      return c + (vi ? ": dòng cuối \"" : ": last line \"") + f.found + (vi ? "\", cần \"" : "\", must be \"") +
             f.expected + "\"";
    case Code::PageNumberFirst:
      return vi ? c + ": có số ở trang 1, trang 1 không đánh số" : c + ": shown on page 1, which has none";
    case Code::PageNumberMissing:
      return vi ? c + ": không có từ trang 2" : c + ": none from page 2 on";
    case Code::PageNumberPosition:
      return c + ": " + fd + must + e;
    case Code::NotNfc:
      return c + (vi ? ": chữ không ở dạng Unicode dựng sẵn (NFC)" : ": text not in Unicode NFC (decomposed accents)");
    case Code::EmptyParagraph:
      return vi ? f.found + " đoạn trống dùng để giãn cách; dùng khoảng cách trước, sau đoạn"
                : f.found + (f.found == "1" ? " empty paragraph" : " empty paragraphs") +
                      " used for spacing; use space before or after";
    case Code::SpacingCharacters:
      return c + ": " + fd +
             (vi ? " dùng để căn chỉnh; dùng thụt lề, điểm dừng tab hoặc bảng"
                 : " used to align text; use indents, tab stops or a table");
    case Code::MissingComponent:
      return c + (vi ? ": không có" : ": missing");
  }
  return c;
}

std::string finding_line(const Finding& f, Lang lang) {
  const bool vi = lang == Lang::Vi;
  return location_text(f.where) + ": " + code_name(f.code) + ": " + message(f, lang) + " (" +
         (vi ? "cần " : "expected ") + f.expected + ", " +
         (f.found.empty() ? (vi ? "không có" : "found none") : (vi ? "có " : "found ") + f.found) + ")";
}

bool about_content(Code c) { return c == Code::MissingComponent || c == Code::SignerName; }

}  // namespace vanban::check

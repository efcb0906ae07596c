#include "api/import_accounting.h"

#include <pugixml.hpp>

#include <algorithm>
#include <unordered_map>

#include "api/accounting_words.h"
#include "api/boundary.h"
#include "api/vanban.h"

// The accounting's own loops are no code for a fuzzer to explore: without coverage
// instrumentation they neither slow the import fuzz target down nor grow its corpus.
#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("coverage"))), apply_to = function)
#endif

namespace vanban {
namespace {

using Counts = std::unordered_map<std::string, size_t>;

void add(Counts& c, const std::vector<std::string>& words) {
  for (const auto& w : words) ++c[w];
}

// One copy of `phrase`'s words out of `printed`, when the render holds them in a row:
// the renderer's own Quốc hiệu and Tiêu ngữ are no source word's print.
void remove_once(std::vector<std::string>& printed, const std::vector<std::string>& phrase) {
  if (phrase.empty() || printed.size() < phrase.size()) return;
  for (size_t i = 0; i + phrase.size() <= printed.size(); ++i)
    if (std::equal(phrase.begin(), phrase.end(), printed.begin() + static_cast<long>(i))) {
      printed.erase(printed.begin() + static_cast<long>(i), printed.begin() + static_cast<long>(i + phrase.size()));
      return;
    }
}

// Words of the <aside> lines. False when the XML does not parse.
bool add_aside(Counts& c, std::string_view xml) {
  if (xml.find("<aside>") == std::string_view::npos) return true;  // most documents: no parse
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return false;
  for (const auto& block : doc.document_element().children("aside"))
    for (const auto& line : block.children("line")) add(c, accounting::folded_words(line.text().get()));
  return true;
}

void add_report(Counts& c, const std::vector<ImportNote>& report) {
  for (const auto& n : report)
    if (n.kind == "dropped" || n.kind == "repaired") add(c, accounting::folded_words(n.text));
}

}  // namespace

std::string WordAccount::to_string() const {
  if (!errors.empty()) return errors.front().to_string();
  std::string s = std::to_string(lost.size()) + " of " + std::to_string(source_words) + " words lost";
  for (size_t i = 0; i < lost.size() && i < 40; ++i)
    s += (i ? " " : ": ") + std::to_string(lost[i].line) + ":" + lost[i].word;
  if (lost.size() > 40) s += " …";
  return s;
}

namespace {

// The words printed, set aside or reported, counted; false with an error when the XML
// does not render or parse.
// `printed_only`: the render alone, not the aside or the report.
bool found_words(const ImportResult& result, bool printed_only, Counts& found, Errors& errors) {
  const RenderResult rendered = render(result.xml, "imported", Format::Text);
  if (!rendered.errors.empty()) {
    errors.push_back({ErrorCode::Internal, "imported", 0, 0,
                      "the imported XML does not render: " + rendered.errors.front().to_string()});
    return false;
  }
  std::vector<std::string> printed = accounting::folded_words(rendered.bytes);
  static const auto quoc_hieu = accounting::folded_words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  static const auto tieu_ngu = accounting::folded_words("Độc lập - Tự do - Hạnh phúc");
  // For the share a fix keeps, the renderer's Quốc hiệu and Tiêu ngữ print the source's.
  if (!printed_only) {
    remove_once(printed, quoc_hieu);
    remove_once(printed, tieu_ngu);
  }
  add(found, printed);
  if (printed_only) return true;
  if (!add_aside(found, result.xml)) {
    errors.push_back({ErrorCode::Internal, "imported", 0, 0, "the imported XML does not parse"});
    return false;
  }
  add_report(found, result.report);
  return true;
}

void account_into(std::string_view source, const ImportResult& result, bool printed_only, WordAccount& account) {
  Counts found;
  if (!found_words(result, printed_only, found, account.errors)) return;
  auto take = [&](const std::string& w) {
    auto it = found.find(w);
    if (it == found.end() || it->second == 0) return false;
    --it->second;
    return true;
  };
  std::vector<accounting::SourceWord> missing;
  for (auto& w : accounting::source_words(source)) {
    ++account.source_words;
    if (!take(w.word)) missing.push_back(std::move(w));
  }
  // A word with emphasis inside may be printed in its parts ("Mục đích" and "JEF)").
  for (auto& w : missing) {
    Counts need;
    for (const auto& p : w.parts) ++need[p];
    const bool all = !w.parts.empty() && std::all_of(need.begin(), need.end(), [&](const auto& n) {
      const auto it = found.find(n.first);
      return it != found.end() && it->second >= n.second;
    });
    if (all)
      for (const auto& p : w.parts) take(p);
    else
      account.lost.push_back({std::move(w.word), w.line});
  }
}

}  // namespace

WordAccount account_words(std::string_view source, const ImportResult& result) {
  WordAccount account;
  at_boundary("imported", account.errors, [&] { account_into(source, result, false, account); });
  return account;
}

WordAccount account_printed_words(std::string_view source, const ImportResult& result) {
  WordAccount account;
  at_boundary("imported", account.errors, [&] { account_into(source, result, true, account); });
  return account;
}

}  // namespace vanban

#if defined(__clang__)
#pragma clang attribute pop
#endif

// Golden packages: four samples rendered to DOCX and ODT, part by part, against the
// reviewed copies in tests/golden/packages/<sample>.<format>/ (each XML part
// pretty-printed at its path in the package, entries.txt listing the package's
// entries in order). Parts are compared as XML: declaration, element names,
// attributes (in any order) and text; only the whitespace the pretty-printing adds
// (whitespace-only text with a line break) is ignored.
//
// VANBAN_BLESS=1 rewrites the golden packages from the current output instead;
// review the diff (git diff tests/golden/packages) before committing it.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "render/render_steps.h"

using namespace vanban;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = VANBAN_SOURCE_DIR;
const fs::path kGolden = kSource / "tests" / "golden" / "packages";

struct Case {
  const char* sample;
  Format format;
  const char* extension;
};

// A công văn with the address block (footers), a giấy mời, a quyết định, and a
// kế hoạch with footnotes and appendices.
const Case kCases[] = {
    {"cong-van", Format::Docx, "docx"},
    {"cong-van", Format::Odt, "odt"},
    {"giay-moi", Format::Docx, "docx"},
    {"giay-moi", Format::Odt, "odt"},
    {"quyet-dinh", Format::Docx, "docx"},
    {"quyet-dinh", Format::Odt, "odt"},
    {"003-ke-hoach-kon-tum", Format::Docx, "docx"},
    {"003-ke-hoach-kon-tum", Format::Odt, "odt"},
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& data) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << data;
}

bool is_xml(const std::string& name) { return name.ends_with(".xml") || name.ends_with(".rels"); }

constexpr unsigned kParse = pugi::parse_default | pugi::parse_declaration | pugi::parse_ws_pcdata;

std::string pretty(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

// What pretty-printing adds: text of white space only, with a line break.
bool indentation(const pugi::xml_node& n) {
  if (n.type() != pugi::node_pcdata) return false;
  const std::string_view v = n.value();
  return v.find('\n') != std::string_view::npos &&
         std::all_of(v.begin(), v.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

std::vector<pugi::xml_node> children(const pugi::xml_node& n) {
  std::vector<pugi::xml_node> v;
  for (pugi::xml_node c : n.children())
    if (!indentation(c)) v.push_back(c);
  return v;
}

std::string describe(const pugi::xml_node& n) {
  switch (n.type()) {
    case pugi::node_element:
      return std::string("<") + n.name() + ">";
    case pugi::node_pcdata:
    case pugi::node_cdata:
      return std::string("text \"") + n.value() + "\"";
    case pugi::node_declaration:
      return "the XML declaration";
    default:
      return std::string("node ") + n.name() + n.value();
  }
}

// The differences between `got` and `want` under `path`, at most a few.
class Comparer {
 public:
  std::vector<std::string> diffs;

  void compare(const pugi::xml_node& got, const pugi::xml_node& want, const std::string& path) {
    if (diffs.size() >= kMax) return;
    if (got.type() != want.type() || std::string_view(got.name()) != want.name()) {
      report(path, "is " + describe(got) + ", golden has " + describe(want));
      return;
    }
    if (got.type() == pugi::node_pcdata || got.type() == pugi::node_cdata) {
      if (std::string_view(got.value()) != want.value())
        report(path, std::string("text is \"") + got.value() + "\", golden \"" + want.value() + "\"");
      return;
    }
    attributes(got, want, path);
    const auto a = children(got), b = children(want);
    std::map<std::string, int> seen;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
      const pugi::xml_node& named = i < b.size() ? b[i] : a[i];
      const std::string step = named.type() == pugi::node_element       ? std::string(named.name())
                               : named.type() == pugi::node_declaration ? "?xml"
                                                                        : "text()";
      const std::string child = path + "/" + step + "[" + std::to_string(++seen[step]) + "]";
      if (i >= a.size())
        report(child, "missing: golden has " + describe(b[i]) + " here");
      else if (i >= b.size())
        report(child, "extra: " + describe(a[i]) + ", not in the golden part");
      else
        compare(a[i], b[i], child);
      if (diffs.size() >= kMax) return;
    }
  }

 private:
  static constexpr size_t kMax = 10;

  void attributes(const pugi::xml_node& got, const pugi::xml_node& want, const std::string& path) {
    for (pugi::xml_attribute w : want.attributes()) {
      pugi::xml_attribute g = got.attribute(w.name());
      if (!g)
        report(path, std::string("attribute ") + w.name() + " missing (golden \"" + w.value() + "\")");
      else if (std::string_view(g.value()) != w.value())
        report(path, std::string("attribute ") + w.name() + " is \"" + g.value() + "\", golden \"" + w.value() + "\"");
    }
    for (pugi::xml_attribute g : got.attributes())
      if (!want.attribute(g.name()))
        report(path, std::string("attribute ") + g.name() + "=\"" + g.value() + "\" is not in the golden part");
  }
  void report(const std::string& path, const std::string& what) {
    if (diffs.size() < kMax) diffs.push_back((path.empty() ? "/" : path) + ": " + what);
  }
};

std::string entries_listing(const std::vector<package::Entry>& entries) {
  std::string s;
  for (const auto& e : entries) s += e.name + (e.stored ? " (stored)" : "") + "\n";
  return s;
}

std::vector<package::Entry> render(const Case& c) {
  const fs::path sample = kSource / "samples" / (std::string(c.sample) + ".xml");
  Errors errors;
  const auto l = lay_out(read_file(sample), sample.string(), std::nullopt, errors);
  if (!l) throw std::runtime_error(sample.string() + " does not lay out");
  return package_parts(*l, c.format);
}

void bless(const fs::path& dir, const std::vector<package::Entry>& entries) {
  fs::remove_all(dir);
  for (const auto& e : entries) {
    if (!is_xml(e.name)) {
      write_file(dir / e.name, e.data);
      continue;
    }
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_buffer(e.data.data(), e.data.size(), kParse)) << e.name;
    write_file(dir / e.name, pretty(doc));
  }
  write_file(dir / "entries.txt", entries_listing(entries));
}

void check(const Case& c) {
  const std::string package = std::string(c.sample) + "." + c.extension;
  const fs::path dir = kGolden / package;
  const auto entries = render(c);
  const char* env = std::getenv("VANBAN_BLESS");
  if (env && std::string_view(env) == "1") {
    bless(dir, entries);
    std::cout << "blessed " << dir.string() << ": review it (git diff) before committing\n";
    return;
  }
  const std::string hint =
      "\n(if the change is meant: VANBAN_BLESS=1 build/tests/vanban_tests "
      "--gtest_filter='*GoldenPackages*', then review git diff tests/golden/packages)";
  ASSERT_TRUE(fs::is_directory(dir)) << "no golden package " << dir.string() << hint;
  // The entries, in package order.
  EXPECT_EQ(entries_listing(entries), read_file(dir / "entries.txt"))
      << package << ": the package's entries differ from " << (dir / "entries.txt").string() << hint;
  // No golden part is left without a rendered one.
  for (const auto& f : fs::recursive_directory_iterator(dir)) {
    if (!f.is_regular_file()) continue;
    const std::string name = fs::relative(f.path(), dir).generic_string();
    if (name == "entries.txt") continue;
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const package::Entry& e) { return e.name == name; }))
        << package << ": golden part " << name << " is no longer written" << hint;
  }
  for (const auto& e : entries) {
    const fs::path golden = dir / e.name;
    if (!fs::exists(golden)) {
      ADD_FAILURE() << package << ": part " << e.name << " has no golden copy" << hint;
      continue;
    }
    const std::string want = read_file(golden);
    if (!is_xml(e.name)) {
      EXPECT_EQ(e.data, want) << package << ": part " << e.name << hint;
      continue;
    }
    pugi::xml_document got_doc, want_doc;
    ASSERT_TRUE(got_doc.load_buffer(e.data.data(), e.data.size(), kParse)) << package << ": " << e.name;
    ASSERT_TRUE(want_doc.load_buffer(want.data(), want.size(), kParse)) << golden.string();
    Comparer cmp;
    cmp.compare(got_doc, want_doc, "");
    if (!cmp.diffs.empty()) {
      std::string msg;
      for (const auto& d : cmp.diffs) msg += "\n  " + d;
      ADD_FAILURE() << package << ": part " << e.name << " differs from " << golden.string() << ":" << msg << hint;
    }
  }
}

}  // namespace

// One test for all eight packages: one process, well under a second.
TEST(GoldenPackages, MatchTheReviewedParts) {
  for (const Case& c : kCases) check(c);
}

// The renderer's own output checks clean: every sample vanban renders, as a faithful
// reader would return its DOCX, gives no finding but those its input asks for.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "check/check.h"
#include "check_fixture.h"

using namespace vanban;

namespace {

std::vector<std::string> sample_names() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(std::string(VANBAN_SOURCE_DIR) + "/samples"))
    if (e.path().extension() == ".xml") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST(CheckSamples, Print) {
  for (const auto& name : sample_names()) {
    const auto s = check_test::sample(name);
    const auto in = s.input();
    const auto findings = check::check_document(in);
    std::cout << "== " << name << " " << findings.size() << "\n";
    for (const auto& f : findings) std::cout << check::finding_line(f, check::Lang::En) << "\n";
  }
}

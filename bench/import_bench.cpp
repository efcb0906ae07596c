// import_bench FILE... [ROUNDS]: how fast `vanban import` reads legacy documents.
// Prints MB/s of source text per file and overall (one thread), and the same files
// re-encoded as TCVN3 (encoding detection and table decoding included). PDF files
// (by name) are timed apart, in milliseconds a page.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "api/import.h"
#include "import/legacy_encodings.h"
#include "import/pdf_text.h"

namespace {

double seconds_for(const std::string& bytes, int rounds) {
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r) {
    const vanban::ImportResult result = vanban::import_document(bytes, "bench");
    if (!result.errors.empty()) {
      std::fprintf(stderr, "import failed: %s\n", result.errors.front().to_string().c_str());
      std::exit(1);
    }
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  int rounds = 20;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (i == argc - 1 && a.find_first_not_of("0123456789") == std::string::npos)
      rounds = std::atoi(a.c_str());
    else
      files.push_back(a);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: import_bench FILE... [ROUNDS]\n");
    return 2;
  }
  double total_bytes = 0, total_s = 0, tcvn_bytes = 0, tcvn_s = 0, pdf_pages = 0, pdf_s = 0;
  size_t texts = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (f.ends_with(".pdf")) {
      vanban::import::PdfFailure failure;
      const auto pdf = vanban::import::pdf_text(bytes, failure);
      const int pages = pdf ? pdf->pages : 0;
      const double s = seconds_for(bytes, rounds);
      pdf_pages += pages * rounds;
      pdf_s += s;
      std::printf("%-60s %3d pages  %7.2f ms  %6.2f ms a page (PDF)\n", f.substr(f.find_last_of('/') + 1).c_str(),
                  pages, 1000 * s / rounds, 1000 * s / rounds / pages);
      continue;
    }
    ++texts;
    const double s = seconds_for(bytes, rounds);
    total_bytes += static_cast<double>(bytes.size()) * rounds;
    total_s += s;
    const std::string legacy = vanban::import::encode_text(bytes, vanban::import::Encoding::Tcvn3);
    const double ls = seconds_for(legacy, rounds);
    tcvn_bytes += static_cast<double>(legacy.size()) * rounds;
    tcvn_s += ls;
    std::printf("%-60s %8zu bytes  %7.2f ms  %6.2f MB/s (UTF-8)  %6.2f MB/s (TCVN3)\n",
                f.substr(f.find_last_of('/') + 1).c_str(), bytes.size(), 1000 * s / rounds,
                static_cast<double>(bytes.size()) * rounds / s / 1e6,
                static_cast<double>(legacy.size()) * rounds / ls / 1e6);
  }
  if (texts > 0)
    std::printf("overall: %.2f MB/s (UTF-8), %.2f MB/s (TCVN3, detected), %zu files x %d rounds, one thread\n",
                total_bytes / total_s / 1e6, tcvn_bytes / tcvn_s / 1e6, texts, rounds);
  if (pdf_pages > 0) std::printf("PDF: %.2f ms a page, one thread\n", 1000 * pdf_s / pdf_pages);
  return 0;
}

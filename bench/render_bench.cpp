// render_bench: wall time to render each sample (read + validate + layout + write +
// zip, or typeset + PDF, in memory: no disk I/O), per document and format. Not a test:
// it prints figures.
//   build/bench/render_bench [SAMPLES_DIR] [ITERATIONS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "api/vanban.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path dir = argc > 1 ? argv[1] : VANBAN_SOURCE_DIR "/samples";
  const int iterations = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".xml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::printf("%-32s %8s %10s %10s %10s %10s %10s\n", "sample", "KiB in", "docx ms", "odt ms", "pdf ms", "KiB docx",
              "KiB pdf");
  const vanban::Format formats[] = {vanban::Format::Docx, vanban::Format::Odt, vanban::Format::Pdf};
  double total_ms = 0;
  long renders = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    const std::string xml{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    double ms[3] = {0, 0, 0};
    size_t size[3] = {0, 0, 0};
    for (int k = 0; k < 3; ++k) {
      const auto format = formats[k];
      vanban::render(xml, f.string(), format);  // warm-up: schema compile, font tables
      const auto t0 = std::chrono::steady_clock::now();
      for (int i = 0; i < iterations; ++i) {
        const auto r = vanban::render(xml, f.string(), format);
        if (!r.errors.empty()) {
          std::fprintf(stderr, "%s\n", r.errors[0].to_string().c_str());
          return 1;
        }
        size[k] = r.bytes.size();
      }
      ms[k] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / iterations;
      total_ms += ms[k] * iterations;
      renders += iterations;
    }
    std::printf("%-32s %8.1f %10.2f %10.2f %10.2f %10.1f %10.1f\n", f.filename().string().c_str(), xml.size() / 1024.0,
                ms[0], ms[1], ms[2], size[0] / 1024.0, size[2] / 1024.0);
  }
  std::printf("mean %.2f ms per document and format (%ld renders, one thread)\n", total_ms / renders, renders);
  return 0;
}

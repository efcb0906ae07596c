// check_bench [FILE.docx|FILE.odt ...] [--rounds N] [--batch N]: how fast `vanban check`
// reads and checks a document in-process. Without files it renders every sample in
// samples/ to DOCX and ODT first (in memory). Prints, per document, the median time of
// N rounds of check_document (reading the package, resolving styles, recognising the
// parts, checking), then a batch of --batch documents (the inputs in turn) in one
// process: documents a second and the peak resident memory before and after.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "api/check.h"
#include "api/vanban.h"

namespace {

struct Input {
  std::string name, bytes;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::vector<Input> rendered_samples() {
  std::vector<Input> inputs;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(std::string(VANBAN_SOURCE_DIR) + "/samples"))
    if (e.path().extension() == ".xml") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    const std::string xml = read_file(p.string());
    for (const auto format : {vanban::Format::Docx, vanban::Format::Odt}) {
      const auto r = vanban::render(xml, p.string(), format);
      if (!r.errors.empty()) continue;  // a sample that is not a document (a merge template)
      inputs.push_back({p.stem().string() + "." + vanban::format_extension(format), r.bytes});
    }
  }
  return inputs;
}

double check_ms(const Input& in) {
  const auto start = std::chrono::steady_clock::now();
  const vanban::CheckResult r = vanban::check_document(in.bytes, in.name);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!r.errors.empty()) {
    std::fprintf(stderr, "%s: %s\n", in.name.c_str(), r.errors.front().to_string().c_str());
    std::exit(1);
  }
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Input> inputs;
  int rounds = 21, batch = 1000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--rounds" || a == "--batch") && i + 1 < argc)
      (a == "--rounds" ? rounds : batch) = std::max(1, std::atoi(argv[++i]));
    else
      inputs.push_back({std::filesystem::path(a).filename().string(), read_file(a)});
  }
  if (inputs.empty()) inputs = rendered_samples();
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: check_bench [FILE.docx|FILE.odt ...] [--rounds N] [--batch N]\n");
    return 2;
  }
  std::printf("%-36s %8s %10s %9s\n", "document", "KiB", "median ms", "findings");
  for (const auto& in : inputs) {
    std::vector<double> times;
    for (int r = 0; r < rounds; ++r) times.push_back(check_ms(in));
    std::sort(times.begin(), times.end());
    const size_t findings = vanban::check_document(in.bytes, in.name).findings.size();
    std::printf("%-36s %8.1f %10.2f %9zu\n", in.name.c_str(), static_cast<double>(in.bytes.size()) / 1024,
                times[times.size() / 2], findings);
  }
  const long rss_before = peak_rss_kb();
  const auto start = std::chrono::steady_clock::now();
  size_t findings = 0;
  for (int i = 0; i < batch; ++i) {
    const auto& in = inputs[static_cast<size_t>(i) % inputs.size()];
    findings += vanban::check_document(in.bytes, in.name).findings.size();
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("batch: %d documents in %.2f s, %.0f documents/s, %.2f ms each, %zu findings; peak RSS %ld → %ld KiB\n",
              batch, s, batch / s, 1000 * s / batch, findings, rss_before, peak_rss_kb());
  return 0;
}

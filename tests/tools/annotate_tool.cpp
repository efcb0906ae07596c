// annotate_tool IN OUT [--date ISO] [--repeat N] ORDINAL:TEXT ...
// Writes OUT, a copy of IN (.docx or .odt, by extension) with a comment per ORDINAL:TEXT
// on that paragraph (0-based, as annotate/annotate.h counts them; "\n" in TEXT starts a
// new comment paragraph). For tests/integration/annotate_validate.py until
// `vanban check --annotate` exists. --repeat N annotates N times and prints the mean
// time per annotation to stderr.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "annotate/annotate.h"

using namespace vanban;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: annotate_tool IN OUT [--date ISO] [--repeat N] ORDINAL:TEXT ...\n";
    return 2;
  }
  const std::string in = argv[1], out = argv[2];
  const bool odt = in.ends_with(".odt");
  annotate::Options options;
  std::vector<annotate::Note> notes;
  int repeat = 1;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--date" && i + 1 < argc) {
      options.date = argv[++i];
      continue;
    }
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::stoi(argv[++i]));
      continue;
    }
    const size_t colon = arg.find(':');
    if (colon == std::string::npos) {
      std::cerr << "not ORDINAL:TEXT: " << arg << "\n";
      return 2;
    }
    std::string text;
    for (size_t k = colon + 1; k < arg.size(); ++k) {
      if (arg[k] == '\\' && k + 1 < arg.size() && arg[k + 1] == 'n') {
        text += '\n';
        ++k;
      } else {
        text += arg[k];
      }
    }
    notes.push_back({{odt ? "content.xml" : "word/document.xml", std::stoi(arg.substr(0, colon))}, text});
  }
  std::ifstream f(in, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
  Errors errors;
  std::optional<std::string> result;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r)
    result = annotate::annotate(bytes, odt ? office::Kind::Odt : office::Kind::Docx, notes, options, in, errors);
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  if (repeat > 1) std::fprintf(stderr, "%.3f ms per annotation (%d runs)\n", elapsed.count() / repeat, repeat);
  for (const auto& e : errors) std::cerr << error_code_name(e.code) << ": " << e.to_string() << "\n";
  if (!result) return 1;
  std::ofstream o(out, std::ios::binary);
  o << *result;
  return o ? 0 : 1;
}

#include "cli/pdf_export.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

extern char** environ;

namespace vanban::cli {
namespace {

namespace fs = std::filesystem;
constexpr auto kTimeout = std::chrono::seconds(180);

// The first of soffice / libreoffice found on PATH, or "".
std::string find_office() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (size_t pos = 0; pos <= dirs.size();) {
    size_t end = dirs.find(':', pos);
    if (end == std::string::npos) end = dirs.size();
    const std::string dir = dirs.substr(pos, end - pos);
    for (const char* name : {"soffice", "libreoffice"}) {
      const fs::path candidate = fs::path(dir.empty() ? "." : dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    pos = end + 1;
  }
  return {};
}

// Removes a directory tree when it goes out of scope.
struct TempDir {
  fs::path path;
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

std::string odt_to_pdf(const std::string& odt, std::string& pdf) {
  if (find_office().empty())
    return "PDF output needs LibreOffice (package libreoffice-writer-nogui); write .docx or .odt instead";
  const std::string why = office_convert(odt, "odt", "pdf", pdf);
  if (why.empty() && (pdf.size() < 5 || pdf.compare(0, 5, "%PDF-") != 0)) return "LibreOffice wrote no PDF";
  return why;
}

std::string office_convert(const std::string& bytes, const std::string& from_ext, const std::string& to_ext,
                           std::string& out_bytes, const std::string& in_filter) {
  const std::string office = find_office();
  if (office.empty()) return "needs LibreOffice (package libreoffice-writer-nogui), which is not installed";
  std::string tmpl = (fs::temp_directory_path() / "vanban-office-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) return "cannot create a temporary directory for LibreOffice";
  TempDir dir{tmpl};
  const fs::path in = dir.path / ("document." + from_ext);
  {
    std::ofstream f(in, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) return "cannot write the temporary document for LibreOffice";
  }
  // A private profile: no shared user settings, no lock held on the user's own one.
  std::vector<std::string> args = {office,         "-env:UserInstallation=file://" + (dir.path / "profile").string(),
                                   "--headless",   "--norestore",
                                   "--convert-to", to_ext,
                                   "--outdir",     dir.path.string(),
                                   in.string()};
  if (!in_filter.empty()) args.insert(args.end() - 1, "--infilter=" + in_filter);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid;
  const int rc = posix_spawn(&pid, office.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return "cannot start LibreOffice (" + office + ")";
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return "LibreOffice did not finish within 180 s";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::ifstream out(dir.path / ("document." + to_ext), std::ios::binary);
  if (!out) return "LibreOffice could not convert the file";
  out_bytes.assign(std::istreambuf_iterator<char>(out), std::istreambuf_iterator<char>());
  return {};
}

}  // namespace vanban::cli

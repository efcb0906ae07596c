// vanban: Vietnamese administrative documents (Decree 30/2020/NĐ-CP) from XML.
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "package/atomic_file.h"

namespace {

constexpr const char* kHelp = R"(Usage: vanban COMMAND [OPTIONS] [FILES]

Writes Vietnamese administrative documents laid out per Decree 30/2020/NĐ-CP.

Commands:
  render     render document XML to DOCX, ODT, PDF or plain text
  validate   check document XML against the schema and the rules
  import     turn a legacy document (text, .docx, .odt, .doc) into document XML
  merge      one letter per row of a delegate list (CSV, TSV, .xlsx, .ods)
  check      say where a .docx or .odt breaks Decree 30, rule by rule
  fix        rewrite a .docx or .odt in the form Decree 30 prescribes
  list       list the document kinds or the built-in house styles
  help       show this help, or a command's help (vanban help render)

Run 'vanban COMMAND --help' for a command's options.
Exit status: 0 ok, 1 bad input, 2 usage error.
)";

// Ctrl-C, a kill, or a closed terminal in the middle of a run: the files being written
// are removed (finished ones stay: each is whole), then the program ends by the same
// signal, so the caller sees how it ended (exit status 128 + signal in a shell).
extern "C" void on_interrupt(int sig) {
  vanban::package::remove_temporary_files();
  constexpr char kMessage[] = "vanban: interrupted; files being written were removed\n";
  [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&sa.sa_mask, sig);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

}  // namespace

int run(int argc, char** argv);

// Anything the library throws (it should not: bad input is reported as errors) ends the
// run with a message and status 1, never with an abort.
int main(int argc, char** argv) {
  install_interrupt_handlers();
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanban: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "vanban: internal error\n");
  }
  return 1;
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  const std::string cmd = args.front();
  args.erase(args.begin());
  if (cmd == "--help" || cmd == "-h") {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (cmd == "help") {
    if (args.empty()) {
      std::fputs(kHelp, stdout);
      return 0;
    }
    const std::string sub = args.front();
    if (sub == "render") return vanban::cli::render_command({"--help"});
    if (sub == "validate") return vanban::cli::validate_command({"--help"});
    if (sub == "list") return vanban::cli::list_command({"--help"});
    if (sub == "import") return vanban::cli::import_command({"--help"});
    if (sub == "merge") return vanban::cli::merge_command({"--help"});
    if (sub == "check") return vanban::cli::check_command({"--help"});
    if (sub == "fix") return vanban::cli::fix_command({"--help"});
    return vanban::cli::usage_error("help", "unknown command '" + sub + "'");
  }
  if (cmd == "--version") {
    std::puts("vanban 0.1.0");
    return 0;
  }
  if (cmd == "render") return vanban::cli::render_command(args);
  if (cmd == "validate") return vanban::cli::validate_command(args);
  if (cmd == "list") return vanban::cli::list_command(args);
  if (cmd == "import") return vanban::cli::import_command(args);
  if (cmd == "merge") return vanban::cli::merge_command(args);
  if (cmd == "check") return vanban::cli::check_command(args);
  if (cmd == "fix") return vanban::cli::fix_command(args);
  std::fprintf(stderr, "vanban: unknown command '%s'\nTry 'vanban --help'.\n", cmd.c_str());
  return 2;
}

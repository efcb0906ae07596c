// The command line's one option parser. A command declares its options (a short and/or
// a long name, a flag or one taking a value) and what to do with its other arguments,
// then parses its argv in order:
//   -o VALUE, --output VALUE, --output=VALUE   a value (taken as it is, even "-x")
//   -q, --quiet                                a flag
//   -                                          an argument (standard input), not an option
//   -h, --help                                 the command's help, on stdout: exit 0
// Anything else starting with '-' is an unknown option: "vanban CMD: unknown option
// --bogus" and exit 2, as is an option missing its value ("-o needs a file name").
// Arguments are read in order, so the first problem met is the one reported, and help
// is shown when asked for before any problem.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vanban::cli {

class OptionParser {
 public:
  // Takes a value as read; returns "" when it is fine, else the usage message.
  // `as_typed` is the option as the user wrote it ("-j" or "--jobs").
  using Take = std::function<std::string(const std::string& as_typed, const std::string& value)>;

  OptionParser(std::string command, const char* help) : command_(std::move(command)), help_(help) {}

  // `names`: "-o, --output", "--single" or "-q". `needs` ends the message when the
  // value is missing: "-o needs <needs>".
  OptionParser& value(const std::string& names, std::string& into, std::string needs);
  OptionParser& value(const std::string& names, std::string needs, Take take);
  OptionParser& flag(const std::string& names, bool& into);
  // Every argument that is not an option, in order; returns "" or the usage message.
  OptionParser& arguments(std::function<std::string(const std::string&)> take);
  OptionParser& arguments(std::vector<std::string>& into);

  // nullopt when the command is to go on; else the exit status, with the help or the
  // usage error printed: 0 for help, 2 for a usage error.
  std::optional<int> parse(const std::vector<std::string>& args) const;

 private:
  struct Option {
    char short_name = 0;    // 'o' for -o
    std::string long_name;  // "output" for --output
    bool takes_value = false;
    std::string needs;
    Take take;
  };
  OptionParser& add(const std::string& names, bool takes_value, std::string needs, Take take);
  const Option* find(const std::string& as_typed) const;

  std::string command_;
  const char* help_;
  std::vector<Option> options_;
  std::function<std::string(const std::string&)> arguments_;
};

}  // namespace vanban::cli

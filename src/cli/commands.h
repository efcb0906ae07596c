// Subcommands of the vanban command. Each returns the exit status:
// 0 ok, 1 bad input (or output could not be written), 2 usage.
#pragma once
#include <string>
#include <vector>

namespace vanban::cli {

int render_command(const std::vector<std::string>& args);
int validate_command(const std::vector<std::string>& args);
int list_command(const std::vector<std::string>& args);
int import_command(const std::vector<std::string>& args);
int merge_command(const std::vector<std::string>& args);
int check_command(const std::vector<std::string>& args);
int fix_command(const std::vector<std::string>& args);

// Prints "vanban CMD: MESSAGE" and the help hint to stderr; returns 2.
int usage_error(const std::string& command, const std::string& message);

}  // namespace vanban::cli

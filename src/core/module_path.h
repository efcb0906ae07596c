// Where the vanban program finds a module of its own (vanban-pdf.so, vanban-typeset.so),
// loaded on first use: beside the program (a build tree), then in the package's library
// folder relative to the program (an installed, possibly moved, tree), then at the path
// it was installed to.
#pragma once
#include <string>
#include <vector>

namespace vanban {

// The candidate paths of module `name` that exist, in that order; `tried` gets the
// paths looked at that do not ("a, b").
std::vector<std::string> module_candidates(const std::string& name, const std::string& reldir,
                                           const std::string& installed_dir, std::string& tried);

}  // namespace vanban

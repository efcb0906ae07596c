// A template file (built-in or the user's) that breaks the rules it encodes.
#pragma once
#include <stdexcept>
#include <string>

namespace vanban::rules {

struct TemplateError : std::runtime_error {
  TemplateError(std::string origin_, std::string detail_)
      : std::runtime_error(origin_ + ": " + detail_), origin(std::move(origin_)), detail(std::move(detail_)) {}
  std::string origin;  // the template file
  std::string detail;  // what is wrong, without the file name
};

}  // namespace vanban::rules

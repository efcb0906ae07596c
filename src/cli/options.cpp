#include "cli/options.h"

#include <cstdio>

#include "cli/commands.h"

namespace vanban::cli {

int usage_error(const std::string& command, const std::string& message) {
  std::fprintf(stderr, "vanban %s: %s\nTry 'vanban %s --help'.\n", command.c_str(), message.c_str(), command.c_str());
  return 2;
}

OptionParser& OptionParser::add(const std::string& names, bool takes_value, std::string needs, Take take) {
  Option o;
  o.takes_value = takes_value;
  o.needs = std::move(needs);
  o.take = std::move(take);
  // "-o, --output": each comma-separated name is -X or --NAME.
  for (size_t pos = 0; pos < names.size();) {
    size_t end = names.find(',', pos);
    if (end == std::string::npos) end = names.size();
    std::string name = names.substr(pos, end - pos);
    name.erase(0, name.find_first_not_of(' '));
    if (name.starts_with("--"))
      o.long_name = name.substr(2);
    else if (name.size() == 2 && name[0] == '-')
      o.short_name = name[1];
    pos = end + 1;
  }
  options_.push_back(std::move(o));
  return *this;
}

OptionParser& OptionParser::value(const std::string& names, std::string& into, std::string needs) {
  return add(names, true, std::move(needs), [&into](const std::string&, const std::string& v) {
    into = v;
    return std::string();
  });
}

OptionParser& OptionParser::value(const std::string& names, std::string needs, Take take) {
  return add(names, true, std::move(needs), std::move(take));
}

OptionParser& OptionParser::flag(const std::string& names, bool& into) {
  return add(names, false, {}, [&into](const std::string&, const std::string&) {
    into = true;
    return std::string();
  });
}

OptionParser& OptionParser::arguments(std::function<std::string(const std::string&)> take) {
  arguments_ = std::move(take);
  return *this;
}

OptionParser& OptionParser::arguments(std::vector<std::string>& into) {
  return arguments([&into](const std::string& a) {
    into.push_back(a);
    return std::string();
  });
}

const OptionParser::Option* OptionParser::find(const std::string& as_typed) const {
  for (const auto& o : options_)
    if (as_typed.starts_with("--") ? as_typed.substr(2) == o.long_name && !o.long_name.empty()
                                   : as_typed.size() == 2 && as_typed[1] == o.short_name && o.short_name != 0)
      return &o;
  return nullptr;
}

std::optional<int> OptionParser::parse(const std::vector<std::string>& args) const {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::fputs(help_, stdout);
      return 0;
    }
    if (a.size() < 2 || a[0] != '-') {  // "-" is standard input: an argument
      if (const std::string why = arguments_ ? arguments_(a) : "unexpected argument '" + a + "'"; !why.empty())
        return usage_error(command_, why);
      continue;
    }
    // --name=value: the value is part of the argument.
    const size_t eq = a.starts_with("--") ? a.find('=') : std::string::npos;
    const std::string as_typed = a.substr(0, eq);
    const Option* o = find(as_typed);
    if (!o) return usage_error(command_, "unknown option " + a);
    std::string value;
    if (eq != std::string::npos) {
      if (!o->takes_value) return usage_error(command_, as_typed + " takes no value");
      value = a.substr(eq + 1);
    } else if (o->takes_value) {
      if (i + 1 >= args.size()) return usage_error(command_, as_typed + " needs " + o->needs);
      value = args[++i];
    }
    if (const std::string why = o->take(as_typed, value); !why.empty()) return usage_error(command_, why);
  }
  return std::nullopt;
}

}  // namespace vanban::cli

#include "import/inline_markup.h"

#include <algorithm>
#include <array>
#include <vector>

#include "text/unicode.h"

namespace vanban::import {
namespace {

struct Token {
  enum class Kind { Text, Bold, Italic, BoldItalic } kind;
  std::string text;  // Text only
};

// HTML tags we read; any other tag-looking text is kept as text.
bool html_tag(std::string_view s, size_t at, size_t& len, Token::Kind& kind) {
  static constexpr std::array<std::pair<std::string_view, Token::Kind>, 8> kTags{{{"<b>", Token::Kind::Bold},
                                                                                  {"</b>", Token::Kind::Bold},
                                                                                  {"<strong>", Token::Kind::Bold},
                                                                                  {"</strong>", Token::Kind::Bold},
                                                                                  {"<i>", Token::Kind::Italic},
                                                                                  {"</i>", Token::Kind::Italic},
                                                                                  {"<em>", Token::Kind::Italic},
                                                                                  {"</em>", Token::Kind::Italic}}};
  for (const auto& [tag, k] : kTags) {
    if (s.size() - at >= tag.size()) {
      bool eq = true;
      for (size_t i = 0; i < tag.size() && eq; ++i) eq = std::tolower(static_cast<unsigned char>(s[at + i])) == tag[i];
      if (eq) {
        len = tag.size();
        kind = k;
        return true;
      }
    }
  }
  return false;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::string text;
  auto flush = [&] {
    if (!text.empty()) out.push_back({Token::Kind::Text, std::move(text)});
    text.clear();
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '*') {
      size_t n = 0;
      while (i + n < s.size() && s[i + n] == '*') ++n;
      // "*" between spaces or digits is a character (2 * 3), not emphasis.
      const bool spaced = n == 1 && (i == 0 || s[i - 1] == ' ') && (i + 1 >= s.size() || s[i + 1] == ' ');
      if (i == 0 && n == 3 && s.size() > 3 && s[3] == ' ') {
        // "*** Đại biểu:**": a "*" bullet, then a bold label.
        text += "* ";
        flush();
        out.push_back({Token::Kind::Bold, {}});
        i += 4;
        continue;
      }
      if (!spaced) {
        flush();
        for (; n >= 3; n -= 3) out.push_back({Token::Kind::BoldItalic, {}});
        if (n == 2) out.push_back({Token::Kind::Bold, {}});
        if (n == 1) out.push_back({Token::Kind::Italic, {}});
        while (i < s.size() && s[i] == '*') ++i;
        continue;
      }
    }
    size_t len = 0;
    Token::Kind k{};
    if (s[i] == '<' && html_tag(s, i, len, k)) {
      flush();
      out.push_back({k, {}});
      i += len;
      continue;
    }
    text += s[i++];
  }
  flush();
  return out;
}

}  // namespace

model::Text parse_inline(std::string_view raw) {
  std::vector<Token> tokens = tokenize(raw);
  // A marker counts only when it has a partner later on; pairing is by kind.
  std::vector<bool> active(tokens.size(), false);
  for (auto kind : {Token::Kind::Bold, Token::Kind::Italic, Token::Kind::BoldItalic}) {
    std::vector<size_t> idx;
    for (size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].kind == kind) idx.push_back(i);
    for (size_t j = 0; j + 1 < idx.size(); j += 2) active[idx[j]] = active[idx[j + 1]] = true;
  }
  model::Text out;
  bool bold = false, italic = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::Kind::Text) {
      model::Inline r;
      r.text = t.text;
      r.bold = bold;
      r.italic = italic;
      append_text(out, {r});
      continue;
    }
    if (!active[i]) continue;
    if (t.kind == Token::Kind::Bold) bold = !bold;
    if (t.kind == Token::Kind::Italic) italic = !italic;
    if (t.kind == Token::Kind::BoldItalic) {
      bold = !bold;
      italic = !italic;
    }
  }
  // Spaces: one between words, none at the ends.
  std::string collapsed;
  for (auto& r : out) {
    std::string c;
    for (char ch : r.text) {
      const char sp = (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch;
      if (sp == ' ' && !c.empty() && c.back() == ' ') continue;
      c += sp;
    }
    r.text = c;
  }
  for (size_t i = 1; i < out.size(); ++i)
    if (!out[i - 1].text.empty() && out[i - 1].text.back() == ' ' && !out[i].text.empty() && out[i].text.front() == ' ')
      out[i].text.erase(0, 1);
  while (!out.empty() && !out.front().text.empty() && out.front().text.front() == ' ') out.front().text.erase(0, 1);
  trim_end(out, "");
  out.erase(
      std::remove_if(out.begin(), out.end(),
                     [](const model::Inline& r) { return r.kind == model::Inline::Kind::Text && r.text.empty(); }),
      out.end());
  // Emphasis on spaces alone means nothing: "** **" is noise.
  for (auto& r : out)
    if (r.text.find_first_not_of(' ') == std::string::npos) r.bold = r.italic = false;
  model::Text merged;
  for (auto& r : out) append_text(merged, {r});
  return merged;
}

model::Inline text_run(std::string text) {
  model::Inline r;
  r.text = std::move(text);
  return r;
}

std::string plain_text(const model::Text& t) {
  std::string s;
  for (const auto& r : t)
    if (r.kind == model::Inline::Kind::Text) s += r.text;
  return s;
}

void drop_prefix(model::Text& t, size_t bytes) {
  while (!t.empty() && bytes > 0) {
    auto& r = t.front();
    if (r.kind != model::Inline::Kind::Text) break;
    if (r.text.size() <= bytes) {
      bytes -= r.text.size();
      t.erase(t.begin());
    } else {
      r.text.erase(0, bytes);
      bytes = 0;
    }
  }
  while (!t.empty() && t.front().kind == model::Inline::Kind::Text) {
    auto& r = t.front();
    const size_t k = r.text.find_first_not_of(' ');
    if (k == std::string::npos) {
      t.erase(t.begin());
      continue;
    }
    r.text.erase(0, k);
    break;
  }
}

model::Text take_prefix(model::Text& t, size_t bytes) {
  model::Text head;
  while (!t.empty() && bytes > 0) {
    auto& r = t.front();
    const size_t size = r.kind == model::Inline::Kind::Text ? r.text.size() : 0;
    if (size <= bytes) {
      bytes -= size;
      head.push_back(std::move(r));
      t.erase(t.begin());
    } else {
      model::Inline part = r;
      part.text = r.text.substr(0, bytes);
      r.text.erase(0, bytes);
      head.push_back(std::move(part));
      bytes = 0;
    }
  }
  return head;
}

void trim_end(model::Text& t, std::string_view chars) {
  while (!t.empty() && t.back().kind == model::Inline::Kind::Text) {
    auto& r = t.back();
    while (!r.text.empty() && (r.text.back() == ' ' || chars.find(r.text.back()) != std::string_view::npos))
      r.text.pop_back();
    if (!r.text.empty()) break;
    t.pop_back();
  }
}

bool all_bold(const model::Text& t) {
  bool any = false;
  for (const auto& r : t) {
    if (r.kind != model::Inline::Kind::Text || r.text.find_first_not_of(" .:;,") == std::string::npos) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

void append_text(model::Text& to, const model::Text& from) {
  for (const auto& r : from) {
    if (!to.empty() && r.kind == model::Inline::Kind::Text && to.back().kind == model::Inline::Kind::Text &&
        to.back().bold == r.bold && to.back().italic == r.italic) {
      to.back().text += r.text;
    } else {
      to.push_back(r);
    }
  }
}

}  // namespace vanban::import

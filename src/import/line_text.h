// Tests and trims on the text of one line that more than one block recogniser needs.
// (The shapes of the document's own parts, the number line, the date, labels, are in
// import/patterns.h.)
#pragma once
#include <string>
#include <string_view>

namespace vanban::import {

bool starts_with(std::string_view s, std::string_view prefix);
// `s` opens with the label `label` as a word of its own: "Nơi nhận:", not "Nơi nhậnực".
bool starts_with_label(std::string_view s, std::string_view label);
std::string trim_copy(std::string_view s);
// `s` without the spaces and any of `chars` at its end.
std::string strip_end(std::string s, std::string_view chars);

// The first words of a body paragraph ("Căn cứ", "Thực hiện", "Kính gửi" …): such a
// line ends a trích yếu or a Kính gửi list.
bool body_opener(std::string_view s);
// A website's phrase (templates/import/site-clutter.txt): matter around the document.
bool site_clutter(std::string_view s);

}  // namespace vanban::import

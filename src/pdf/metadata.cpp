#include "pdf/metadata.h"

#include "pdf/pdf_syntax.h"
#include "xml/xml_writer.h"

namespace vanban::pdf {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& value) {
  value = 0;
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// The one XML escaper (src/xml): it also drops what XML 1.0 forbids and bytes that are
// not UTF-8, which a title may hold.
std::string xml_escape(std::string_view s) {
  std::string out;
  xml::escape_into(out, s, xml::Escape::Text);
  return out;
}

}  // namespace

std::optional<PdfDate> parse_date(std::string_view s) {
  int y, mo, d, h, mi, se;
  if (!digits(s, 0, 4, y) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d) || s[10] != 'T' || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) ||
      s[16] != ':' || !digits(s, 17, 2, se))
    return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || se > 59) return std::nullopt;
  PdfDate out;
  const std::string_view zone = s.substr(19);
  std::string info_zone;
  if (zone == "Z") {
    info_zone = "Z";
  } else {
    int zh, zm;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, zh) || zone[3] != ':' ||
        !digits(zone, 4, 2, zm) || zh > 23 || zm > 59)
      return std::nullopt;
    info_zone = std::string(1, zone[0]) + std::string(zone.substr(1, 2)) + "'" + std::string(zone.substr(4, 2)) + "'";
  }
  out.info = "D:" + std::string(s.substr(0, 4)) + std::string(s.substr(5, 2)) + std::string(s.substr(8, 2)) +
             std::string(s.substr(11, 2)) + std::string(s.substr(14, 2)) + std::string(s.substr(17, 2)) + info_zone;
  out.xmp = std::string(s);
  return out;
}

std::string xmp_packet(const typeset::Document& d, const std::optional<PdfDate>& date) {
  const std::string title = sanitize_text(d.title), author = sanitize_text(d.author),
                    language = sanitize_text(d.language);
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  if (!title.empty())
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
  if (!author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!language.empty())
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(language) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (date) {
    x += "   <xmp:CreateDate>" + date->xmp + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date->xmp + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + date->xmp + "</xmp:MetadataDate>\n";
  }
  x += "   <pdf:Producer>" + std::string(kProducer) + "</pdf:Producer>\n";
  x += "   <pdfaid:part>2</pdfaid:part>\n"
       "   <pdfaid:conformance>B</pdfaid:conformance>\n"
       "  </rdf:Description>\n"
       " </rdf:RDF>\n"
       "</x:xmpmeta>\n"
       "<?xpacket end=\"w\"?>";
  return x;
}

std::string info_dict(const typeset::Document& d, const std::optional<PdfDate>& date) {
  std::string out = "<<";
  const std::string title = sanitize_text(d.title), author = sanitize_text(d.author);
  if (!title.empty()) out += "/Title " + text_string(title) + ' ';
  if (!author.empty()) out += "/Author " + text_string(author) + ' ';
  out += "/Producer " + text_string(kProducer);
  if (date) out += " /CreationDate (" + date->info + ") /ModDate (" + date->info + ")";
  return out + ">>";
}

}  // namespace vanban::pdf

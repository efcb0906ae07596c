// The names an .odt package is written with: XML namespaces, media types and the ODF
// version (OpenDocument 1.3). The writer spells them here only.
#pragma once

namespace vanban::odt {

// XML namespaces.
inline constexpr const char* kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr const char* kStyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr const char* kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr const char* kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr const char* kFoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr const char* kSvgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
inline constexpr const char* kMetaNs = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
inline constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kManifestNs = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

inline constexpr const char* kVersion = "1.3";

// Media types: the package's own (its "mimetype" stream and the manifest's root
// entry), and that of its XML streams.
inline constexpr const char* kTextDocumentType = "application/vnd.oasis.opendocument.text";
inline constexpr const char* kXmlType = "text/xml";

}  // namespace vanban::odt

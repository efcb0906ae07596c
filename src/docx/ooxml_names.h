// The names a .docx package is written with: XML namespaces, relationship types and
// content types (ISO/IEC 29500-1 and -2, transitional). The writer spells them here only.
#pragma once

namespace vanban::docx {

// XML namespaces.
inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* kRelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kCorePropertiesNs =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kExtendedPropertiesNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kDcTermsNs = "http://purl.org/dc/terms/";
inline constexpr const char* kXsiNs = "http://www.w3.org/2001/XMLSchema-instance";
// The w:uri of Word's compatibility settings (w:compatSetting).
inline constexpr const char* kWordCompatUri = "http://schemas.microsoft.com/office/word";

// Relationship types.
namespace rel {
inline constexpr const char* kOfficeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kExtendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* kStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kSettings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* kFontTable =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr const char* kHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* kFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* kFootnotes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
inline constexpr const char* kCoreProperties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
}  // namespace rel

// Content types: the two defaults by extension, and one per kind of part.
namespace type {
inline constexpr const char* kRelationships = "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr const char* kXml = "application/xml";
inline constexpr const char* kDocument =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* kStyles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* kSettings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* kFontTable =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* kHeader = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kFooter = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* kFootnotes =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
inline constexpr const char* kCoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* kExtendedProperties =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}  // namespace type

}  // namespace vanban::docx

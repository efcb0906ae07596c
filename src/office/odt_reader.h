// The ODT half of office::read_document (document.h): an OpenDocument text package as
// LibreOffice shows it. What it resolves and how:
//
//  - Looks: the styles of odt_styles.h; a run's look is its paragraph's, with its spans'
//    text styles over it. Runs follow the elements: the text of one element is one
//    run, each text:span's another; text:tab, text:line-break,
//    text:page-number and text:page-count are runs of their own, and so is each text:s
//    (its text:c spaces). White space is collapsed as ODF says (a space after a space,
//    or at a paragraph's start, is dropped). Text fields (text:date, text:sequence …)
//    give the text they show, and an Unsupported Field each; text:hidden-text shows
//    nothing.
//  - Paragraphs: every text:p and text:h of the body in document order, inside lists,
//    sections, tables and tables of contents; a text:numbered-paragraph's labelled by
//    its text:number. A paragraph names no style: only the default paragraph style
//    applies, and look.style is "" (look.style is the nearest common style up the
//    chain, by its display name: an automatic style is direct formatting). text:h's outline
//    level is text:outline-level (else its style's style:default-outline-level, else 1);
//    text:p's is its style's. Outline numbering (text:outline-style) is not resolved.
//  - Lists: text:list's style (its own, else the enclosing list's, else the paragraph
//    style's style:list-style-name) gives each item's label as LibreOffice shows it
//    ("I.", "1.", "1.1.", "a)", the bullet character; an unknown style "-"), counting
//    per level (text:start-value, text:continue-numbering, text:continue-list). The
//    label is on an item's first paragraph; every paragraph in the list has its
//    list_level (0-based), its others (and a text:list-header's) with the label ""
//    (LibreOffice shows none). Lists in a table cell, note or text box count apart.
//  - Tables: table/row/cell indices and cell widths from the columns' styles
//    (style:column-width, else style:rel-column-width of the table's style:width),
//    summed over table:number-columns-spanned; table:covered-table-cell is not a cell.
//    Rows repeated (table:number-rows-repeated) are read once.
//  - Text boxes (draw:frame/draw:text-box, and a shape whose paragraphs hold text): an
//    Unsupported TextBox at the body paragraph that anchors it, its text (paragraphs one
//    a line) the detail; its paragraphs are not body paragraphs (as for .docx). In a
//    header or footer they are also that header's or footer's paragraphs, after the
//    one that anchors them: LibreOffice puts a converted .doc's page number in a frame.
//  - Notes: text:note (footnotes and endnotes alike) → a FootnoteRef run (its text the
//    citation) and its text:note-body paragraphs in Document::footnotes.
//  - Page set-up: the first paragraph's master page (its paragraph or table style's
//    style:master-page-name, else "Standard", else the first master), each later
//    style:master-page-name a new section. A master with style:header-first /
//    style:footer-first (or loext:), or whose style:next-style-name is another master
//    (LibreOffice's "First Page" → "Default" pattern), has a different first page
//    (title_page): header_first is the first page's, header_other the other pages' (a
//    master with only style:header-first shows its style:footer on the first page too).
//    Without one, header_first is not present and header_other is on every page.
//    style:header-left is not read. Margins: left and right as stated; top and bottom
//    are where the body text starts and ends: the page margin plus, when the master
//    has a header (footer), its height (fo:min-height or svg:height, at least its
//    paddings) and its spacing (fo:margin-bottom, fo:margin-top) — content taller than
//    the stated height, which LibreOffice would make room for, is not measured.
//    header/footer: from the edge to the header (the page margin) on the pages that
//    show one (the other pages' master first), 0 when no page has one.
//  - Shapes: draw:line (its svg:x1…y2), draw:rect, draw:custom-shape (draw:type "line",
//    "rectangle" …; else Other), other draw shapes Other; groups looked into. A shape
//    anchored to the page (outside any paragraph) is given the next body paragraph.
//  - Unsupported: draw:image → Image; draw:object → Chart, Equation (by the object's
//    manifest media type) or EmbeddedObject; draw:object-ole, draw:plugin, draw:applet,
//    draw:floating-frame → EmbeddedObject; text:tracked-changes → one TrackedChange per
//    text:changed-region (at the paragraph of its text:change mark; the deleted text
//    it holds is not in the body); office:annotation → Comment (its text is not in the
//    body).
//  - Anchors: "content.xml" (body, notes) or "styles.xml" (headers, footers) and the
//    ordinal of the text:p/text:h among all of that part's, in document order.
//  - What import has always read, for its markup (import/odt_text.cpp) to stay as it
//    was: Run::stated_bold/stated_italic (fo:font-weight="bold", fo:font-style="italic"
//    stated by the span's or the paragraph's own style, content.xml's automatic or a
//    common one, spans adding to what is around them; a cell's or note's paragraph
//    style not counted), Paragraph::stated_centred (its own style's fo:text-align=
//    "center"), Paragraph::stated_label (text:list labels counted per list and level,
//    on the first paragraph with text of an item; bullets "-" but "+"; not in cells or
//    notes), and Document::unused_footers: for an .odt, every master page's
//    style:footer-first and style:footer in styles.xml order, shown or not (each
//    present when the master has it), without text boxes. HeaderFooter::part is
//    "styles.xml".
#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"
#include "office/document.h"

namespace vanban::office {

std::optional<Document> odt_read(std::string_view bytes, std::string_view file, Errors& errors);

}  // namespace vanban::office

#pragma once

#include <QString>
#include <QStringView>

namespace outfall::domain {

// What text the system accepts in a field, wherever the text comes from (an import file, a
// form on the tablet, a command line): docs/formats.md, "Text". One rule set, so that what one
// side refuses the other never has to display.
//
//  - a length in characters (Unicode code points), at most the field's maximum;
//  - no NUL, no C0 control other than tab (and line feed — carriage return only before a line
//    feed — in a multi-line field), no DEL, no C1 control (U+0080–U+009F);
//  - no line separator U+2028 / paragraph separator U+2029 in a one-line field;
//  - no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): they make
//    text display in another order than it is stored ("evil.exe" shown as "exe.live").
namespace TextRules {

enum class Lines {
    One, // names, titles, codes: no line break
    Many, // notes, descriptions, questions: line feeds (and CRLF) allowed
};

struct Rule
{
    qsizetype maxLength; // characters
    Lines lines = Lines::One;
};

// The rules of the fields docs/formats.md lists; one place, so the documentation, the importers
// and the tablet agree.
inline constexpr Rule kWord {32}; // an enumeration value, a unit, a role: checked further
inline constexpr Rule kCode {64}; // a code checked further by its own pattern
inline constexpr Rule kName {200}; // enterprise, outlet, person, authority, template title
inline constexpr Rule kShortText {100}; // legal representative, standard, discharge method
inline constexpr Rule kRegion {40};
inline constexpr Rule kAddress {300};
inline constexpr Rule kDescription {500}; // a permit's capacity, an outlet's destination
inline constexpr Rule kParagraph {2000, Lines::Many}; // a checklist question, a note

// Characters (code points) of the text: a surrogate pair counts once.
qsizetype length(QStringView text);

// Why the text breaks the rule, or an empty string when it keeps it:
//   too long (5000 > 200)
//   contains the control character U+001B at character 4
//   contains the bidirectional control U+202E at character 1
//   contains a line break at character 7 (the field is one line)
QString problem(QStringView text, Rule rule);

// The first problem character only (no length check), or an empty string.
QString characterProblem(QStringView text, Lines lines);

// The text quoted for an error message: at most `prefix` characters then "…", so a 50 MB value
// prints as a line, and control and bidirectional characters escaped as \u001B, so an error
// message never moves the cursor, colours a terminal or reorders what it shows.
//   quoted(u"mg/Nm4") == u"\"mg/Nm4\""
QString quoted(QStringView text, qsizetype prefix = 40);

} // namespace TextRules

} // namespace outfall::domain

#pragma once

#include "server/publish/sitetext.h"

#include <QDate>
#include <QString>

namespace outfall::server::publish {

// The frame every page of the site shares: doctype, language, a Content-Security-Policy that
// forbids loading anything (so a page cannot reach the network even if a writer slipped), the
// inline style, the header with the navigation and the language switch, and the footer with
// the legal basis and the data date.
struct PageFrame
{
    enum class Section { Enterprises, Draws };

    Lang lang = Lang::Zh;
    QString title; // plain text; escaped here
    QString root; // the way from the page to the site's root: "" or "../"
    QString otherLanguageHref; // the same page in the other language, relative to the page
    Section section = Section::Enterprises;
    QDate asOf;
    QString script; // extra inline script (the index's search), or empty
};

// The whole document around body (trusted HTML, already escaped by the caller).
QString writePage(const PageFrame &frame, const QString &body);

// The inline script every page starts with: it records any script error, failed resource or
// blocked load in the attribute data-page-errors of <html> and sets data-page-ready on load,
// so a headless browser's dumped DOM says whether the page ran cleanly (tests/publish).
QString errorProbeScript();

} // namespace outfall::server::publish

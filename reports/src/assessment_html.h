// The "What the offer costs" section of the HTML report, with its charts as inline SVG.
#pragma once

#include <string>

#include "clausecheck/offer_model.h"

namespace clausecheck {

// One <section id="assessment">: the cash needed and why, the cash position by month and
// revenue at risk by scenario as SVG charts (drawn in black and grey with every value
// written as text, so they read in print and without colour), exit exposure, inflation,
// and every input with where it came from. Styled by html_report_css.
std::string assessment_section_html(const Assessment& assessment);

}  // namespace clausecheck

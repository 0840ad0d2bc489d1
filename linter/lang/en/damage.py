"""English damaged and foreign text (linter.damage): notice phrases, figure words, page labels."""

# Phrases that only occur in licence, copyright, reproduction-rights and recycling notices, in
# their usual case (the first letter may be either). Phrases that body text also uses
# ("Creative Commons licences", "reproductive rights") are left out on purpose.
NOTICE_PHRASES = (
    "licensed under a Creative Commons",
    "licensed under the Creative Commons",
    "available under a Creative Commons",
    "available under the Creative Commons",
    "Creative Commons license created for intergovernmental organizations",
    "Creative Commons Attribution",
    "Licence: CC BY",
    "License: CC BY",
    "This publication may be reproduced",
    "This work is in the public domain",
    "All rights reserved",
    "ALL RIGHTS RESERVED",
    "Please recycle",
)

# Right after a run of spaced single digits, these make it a figure ("4 5 per cent");
# currencies and scale words come from the money tables.
FIGURE_WORDS_AFTER = ("per cent", "percent")

# Labels before a page number in running headers and footers ("Page 2").
PAGE_WORDS = ("Page", "page", "p.")

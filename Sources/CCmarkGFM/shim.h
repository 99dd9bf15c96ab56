// cmark-gfm, GitHub's CommonMark parser and HTML renderer, with its core extensions (tables,
// autolinks, the tag filter): Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

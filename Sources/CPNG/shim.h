// libpng's simplified API (png_image_*): whole-image read and write in a few calls.
#include <png.h>

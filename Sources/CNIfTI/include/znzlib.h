/* nifti2_io.h includes <znzlib.h>; Debian installs it under nifti/. Forward it. */
#include <nifti/znzlib.h>

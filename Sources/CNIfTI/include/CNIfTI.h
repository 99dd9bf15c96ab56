/* CNIfTI: the C side of SegBench's NIfTI module.
 *
 * Only nifti2_io.h is included: it is the NIfTI-1 *and* NIfTI-2 API of nifticlib 3
 * (int64 dims, double matrices). nifti1_io.h defines a different nifti_image with the
 * same symbol names and must never be mixed in.
 *
 * The helpers below exist because Swift sees nifti_image's fixed arrays (dim, pixdim)
 * and mat44 as tuples; reading them through small accessors keeps the Swift side plain.
 */
#ifndef CNIFTI_H
#define CNIFTI_H

#include <nifti/nifti2_io.h>
#include <stdint.h>

/* dim[i] and pixdim[i] of an image (i in 0...7). */
int64_t cnifti_dim(const nifti_image *nim, int i);
double cnifti_pixdim(const nifti_image *nim, int i);

/* Element (row, column) of the qform and sform voxel-to-world matrices. */
double cnifti_qto_xyz(const nifti_image *nim, int row, int column);
double cnifti_sto_xyz(const nifti_image *nim, int row, int column);

/* Sets sform (matrix and code) and qform (code; the quaternion is derived from the given
 * matrix by nifti_dmat44_to_quatern) of an image about to be written. m is row-major 4x4. */
void cnifti_set_orientation(nifti_image *nim, const double *qform_matrix, int qform_code,
                            const double *sform_matrix, int sform_code);

/* Sets the voxel size (pixdim[1..3] and dx, dy, dz) in millimetres, with xyz_units = mm. */
void cnifti_set_spacing(nifti_image *nim, double dx, double dy, double dz);

/* Writes a single-file NIfTI-2 image (header, an empty extension block, the voxels), gzip-
 * compressed when the name ends in .gz. nifti_image_write falls back to NIfTI-2 only when a
 * value does not fit NIfTI-1 and writes no header when asked for NIfTI-2 directly.
 * Returns 0 on success. */
int cnifti_write_nifti2(nifti_image *nim, const char *path);

/* The NIfTI version (1 or 2) a file's header declares, 0 when it is neither.
 * libnifti reports nifti_type 1 after reading either version, so this reads the header again. */
int cnifti_header_version(const char *path);

/* Reads up to n bytes from the start of a file, decompressing gzip when use_compression is 1
 * (znzlib). Returns the number of bytes read, or -1 when the file cannot be opened. */
int64_t cnifti_peek(const char *path, unsigned char *buffer, int64_t n, int use_compression);

/* Reads n bytes of voxel data from `offset` of the (decompressed) file into buffer, as stored
 * (no byte swapping, no value changes: libnifti's loader turns NaN and inf floats into 0).
 * For gzip, then reads on to the end of the stream so zlib checks its CRC and length.
 * Returns the bytes read (< n: the file or stream ends early), -1 when the file cannot be
 * opened, -2 when the gzip stream is damaged inside the data, -3 when it is damaged after it
 * (CRC-32 mismatch, or a length other than the trailer's ISIZE: a stream cut short). */
int64_t cnifti_read_data(const char *path, int use_compression, int64_t offset, void *buffer, int64_t n);

/* Reads up to n bytes from `offset` of the (decompressed) file: the bytes read, -1 when the file
 * cannot be opened, -2 on a read error. No trailer check. */
int64_t cnifti_read_bytes(const char *path, int use_compression, int64_t offset, void *buffer, int64_t n);

/* Counts the bytes readable after `offset`, up to `limit`, decompressing gzip.
 * Used to explain a failed data read: truncated file or truncated gzip stream. */
int64_t cnifti_count_bytes(const char *path, int64_t offset, int64_t limit);

/* ---- .nii.gz in memory (libdeflate; zlib stays the fallback, see docs/nifti.md) ---- */

/* Reads up to n bytes of a file into buffer: the bytes read (fewer at its end), -1 on failure. */
int64_t cnifti_read_file(const char *path, unsigned char *buffer, int64_t n);

/* Inflates (zlib, in memory) the first `want` bytes of a gzip file held in `in`, following
 * concatenated members as gzread does. Returns the bytes produced when that went cleanly: `want`
 * bytes, or fewer because the last member ends exactly at the end of the input. -1 otherwise (not
 * gzip, damaged, cut short, trailing bytes that are no member): the caller reads the file through
 * znzlib instead. */
int64_t cnifti_gunzip_prefix(const unsigned char *in, int64_t n, unsigned char *out, int64_t want);

/* Decompresses a whole gzip file held in `in` with libdeflate, one call per member (concatenated
 * members are followed), each checked against its CRC-32 and ISIZE. The output goes to `first`
 * (the caller's buffer of lead + capacity bytes, capacity from the trailer's ISIZE) from
 * first + lead on. When it does not fit, the output moves to a malloc'ed buffer that doubles on
 * LIBDEFLATE_INSUFFICIENT_SPACE, never past `limit` bytes, and *grown points to it (the caller
 * frees it); otherwise *grown is NULL. Returns the decompressed length, or: -1 libdeflate refused
 * the data (or a member has a header CRC-16, which zlib checks and libdeflate skips), -2 it
 * decompresses to more than `limit` bytes, -3 out of memory; *grown is then NULL. Every failure
 * leaves the file to zlib. */
int64_t cnifti_gunzip(const unsigned char *in, int64_t n, int64_t capacity, int64_t limit, int64_t lead,
                      unsigned char *first, unsigned char **grown);

/* libnifti's opinion of a header held in memory: nifti_image_read(path, 0)'s steps (the header
 * file name libnifti would pick, nifti_header_version, nifti_convert_n1hdr2nim or _n2hdr2nim) on
 * the file's decompressed bytes. When libnifti would read another file (an .img's .hdr) or an
 * ASCII header, nifti_image_read itself runs. 1: parsed, 0: libnifti refuses it. */
int cnifti_parse_header(const char *path, const unsigned char *bytes, int64_t n);

#endif

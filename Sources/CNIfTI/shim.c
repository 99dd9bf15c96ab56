#include "CNIfTI.h"
#include <errno.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int64_t cnifti_dim(const nifti_image *nim, int i) { return nim->dim[i]; }
double cnifti_pixdim(const nifti_image *nim, int i) { return nim->pixdim[i]; }
double cnifti_qto_xyz(const nifti_image *nim, int row, int column) { return nim->qto_xyz.m[row][column]; }
double cnifti_sto_xyz(const nifti_image *nim, int row, int column) { return nim->sto_xyz.m[row][column]; }

void cnifti_set_spacing(nifti_image *nim, double dx, double dy, double dz) {
    nim->dx = nim->pixdim[1] = dx;
    nim->dy = nim->pixdim[2] = dy;
    nim->dz = nim->pixdim[3] = dz;
    nim->xyz_units = NIFTI_UNITS_MM;
}

static nifti_dmat44 matrix_from(const double *m) {
    nifti_dmat44 r;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) r.m[i][j] = m[4 * i + j];
    return r;
}

void cnifti_set_orientation(nifti_image *nim, const double *qform_matrix, int qform_code,
                            const double *sform_matrix, int sform_code) {
    nim->qform_code = qform_code;
    nim->sform_code = sform_code;
    nifti_dmat44 q = matrix_from(qform_matrix);
    double dx, dy, dz, qfac;
    nifti_dmat44_to_quatern(q, &nim->quatern_b, &nim->quatern_c, &nim->quatern_d,
                            &nim->qoffset_x, &nim->qoffset_y, &nim->qoffset_z, &dx, &dy, &dz, &qfac);
    nim->qfac = qfac;
    nim->qto_xyz = nifti_quatern_to_dmat44(nim->quatern_b, nim->quatern_c, nim->quatern_d,
                                           nim->qoffset_x, nim->qoffset_y, nim->qoffset_z,
                                           nim->dx, nim->dy, nim->dz, nim->qfac);
    nim->qto_ijk = nifti_dmat44_inverse(nim->qto_xyz);
    nim->sto_xyz = matrix_from(sform_matrix);
    nim->sto_ijk = nifti_dmat44_inverse(nim->sto_xyz);
}

int cnifti_header_version(const char *path) {
    int version = 0;
    void *header = nifti_read_header(path, &version, 0);
    if (header == NULL) return 0;
    free(header);
    return version;
}

int64_t cnifti_peek(const char *path, unsigned char *buffer, int64_t n, int use_compression) {
    znzFile fp = znzopen(path, "rb", use_compression);
    if (znz_isnull(fp)) return -1;
    int64_t got = (int64_t)znzread(buffer, 1, (size_t)n, fp);
    znzclose(fp);
    return got;
}

int64_t cnifti_count_bytes(const char *path, int64_t offset, int64_t limit) {
    znzFile fp = znzopen(path, "rb", 1);
    if (znz_isnull(fp)) return -1;
    if (znzseek(fp, (znz_off_t)offset, SEEK_SET) < 0) { znzclose(fp); return 0; }
    enum { CHUNK = 1 << 20 };
    unsigned char *chunk = malloc(CHUNK);
    int64_t total = 0;
    while (total < limit) {
        size_t want = (size_t)((limit - total) < CHUNK ? (limit - total) : CHUNK);
        size_t got = znzread(chunk, 1, want, fp);
        total += (int64_t)got;
        if (got < want) break;
    }
    free(chunk);
    znzclose(fp);
    return total;
}

int cnifti_write_nifti2(nifti_image *nim, const char *path) {
    nifti_2_header header;
    nim->nifti_type = NIFTI_FTYPE_NIFTI2_1;
    if (nifti_convert_nim2n2hdr(nim, &header) != 0) return -1;
    header.vox_offset = 544;
    memcpy(header.magic, "n+2\0\r\n\032\n", 8);
    size_t n = strlen(path);
    int gzip = n > 3 && strcmp(path + n - 3, ".gz") == 0;
    znzFile fp = znzopen(path, "wb", gzip);
    if (znz_isnull(fp)) return -1;
    char extension[4] = {0, 0, 0, 0};
    size_t bytes = (size_t)nim->nvox * (size_t)nim->nbyper;
    int ok = znzwrite(&header, 1, sizeof header, fp) == sizeof header
          && znzwrite(extension, 1, 4, fp) == 4
          && znzwrite(nim->data, 1, bytes, fp) == bytes;
    znzclose(fp);
    return ok ? 0 : -1;
}

int64_t cnifti_read_bytes(const char *path, int use_compression, int64_t offset, void *buffer, int64_t n) {
    znzFile fp = znzopen(path, "rb", use_compression);
    if (znz_isnull(fp)) return -1;
    if (znzseek(fp, (znz_off_t)offset, SEEK_SET) < 0) { znzclose(fp); return 0; }
    size_t got = znzread(buffer, 1, (size_t)n, fp);
    znzclose(fp);
    return got > (size_t)n ? -2 : (int64_t)got;
}

int64_t cnifti_read_data(const char *path, int use_compression, int64_t offset, void *buffer, int64_t n) {
    znzFile fp = znzopen(path, "rb", use_compression);
    if (znz_isnull(fp)) return -1;
    if (znzseek(fp, (znz_off_t)offset, SEEK_SET) < 0) { znzclose(fp); return 0; }
    unsigned char *out = buffer;
    int64_t total = 0;
    enum { CHUNK = 1 << 24 };
    while (total < n) {
        size_t want = (size_t)((n - total) < CHUNK ? (n - total) : CHUNK);
        size_t got = znzread(out + total, 1, want, fp);
        if (got > want) { znzclose(fp); return -2; }  /* gzread's -1 seen as size_t */
        total += (int64_t)got;
        if (got < want) break;
    }
    if (total == n && use_compression) {
        /* Read to the end of the stream, so zlib checks the gzip trailer's CRC-32 (a mismatch
         * is an error of gzread). zlib takes a stream whose trailer is cut off as complete, so
         * the length is compared with the trailer's ISIZE (the file's last four bytes) here. */
        unsigned char rest[65536];
        int64_t length = offset + total;
        for (;;) {
            size_t got = znzread(rest, 1, sizeof rest, fp);
            if (got > sizeof rest) { znzclose(fp); return -3; }
            if (got == 0) break;
            length += (int64_t)got;
        }
        znzclose(fp);
        FILE *raw = fopen(path, "rb");
        unsigned char isize[4];
        int ok = raw != NULL && fseek(raw, -4, SEEK_END) == 0 && fread(isize, 1, 4, raw) == 4;
        if (raw != NULL) fclose(raw);
        uint32_t declared = (uint32_t)isize[0] | (uint32_t)isize[1] << 8 | (uint32_t)isize[2] << 16 | (uint32_t)isize[3] << 24;
        if (!ok || declared != (uint32_t)length) return -3;
        return total;
    }
    znzclose(fp);
    return total;
}

/* ---- .nii.gz in memory: libdeflate, with zlib for the header's first bytes ---- */

int64_t cnifti_read_file(const char *path, unsigned char *buffer, int64_t n) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return -1;
    int64_t total = 0;
    while (total < n) {
        size_t got = fread(buffer + total, 1, (size_t)(n - total), file);
        if (got == 0) break;
        total += (int64_t)got;
    }
    int failed = ferror(file);
    fclose(file);
    return failed ? -1 : total;
}

int64_t cnifti_gunzip_prefix(const unsigned char *in, int64_t n, unsigned char *out, int64_t want) {
    if (n < 2 || in[0] != 0x1f || in[1] != 0x8b) return -1;  /* zlib would read it as plain bytes */
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit2(&s, 15 + 16) != Z_OK) return -1;
    int64_t used = 0;
    s.next_out = out;
    int64_t produced = 0;
    int clean = 0;
    while (produced < want) {
        int64_t left = n - used;
        s.next_in = (unsigned char *)in + used;
        s.avail_in = (uInt)(left > (1 << 30) ? (1 << 30) : left);
        s.next_out = out + produced;
        s.avail_out = (uInt)(want - produced);
        uInt before_in = s.avail_in, before_out = s.avail_out;
        int r = inflate(&s, Z_NO_FLUSH);
        used += before_in - s.avail_in;
        produced += before_out - s.avail_out;
        if (r == Z_STREAM_END) {
            /* As gzread: another member follows when the next two bytes are gzip's magic. */
            if (used == n || produced == want) { clean = 1; break; }
            if (n - used >= 2 && in[used] == 0x1f && in[used + 1] == 0x8b) { inflateReset(&s); continue; }
            break;  /* trailing bytes that are no member: not read here */
        }
        if (r != Z_OK) break;  /* damaged, or the input ends inside a member */
        if (produced == want) { clean = 1; break; }
        if (before_in == s.avail_in && before_out == s.avail_out) break;  /* no progress */
    }
    inflateEnd(&s);
    return clean ? produced : -1;
}

int64_t cnifti_gunzip(const unsigned char *in, int64_t n, int64_t capacity, int64_t limit, int64_t lead,
                      unsigned char *first, unsigned char **grown) {
    *grown = NULL;
    if (limit < 0 || lead < 0 || n < 2 || capacity < 1) return -1;
    unsigned char *buffer = first;
    struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    if (d == NULL) return -3;
    int64_t used = 0, produced = 0, status = 0;
    while (used < n && status == 0) {
        /* zlib checks a member header's CRC-16 (FHCRC), libdeflate skips it: leave such files to zlib. */
        if (n - used < 4 || in[used] != 0x1f || in[used + 1] != 0x8b || (in[used + 3] & 0x02)) { status = -1; break; }
        for (;;) {
            size_t consumed = 0, written = 0;
            enum libdeflate_result r = libdeflate_gzip_decompress_ex(
                d, in + used, (size_t)(n - used), buffer + lead + produced, (size_t)(capacity - produced), &consumed, &written);
            if (r == LIBDEFLATE_SUCCESS) { used += (int64_t)consumed; produced += (int64_t)written; break; }
            if (r != LIBDEFLATE_INSUFFICIENT_SPACE) { status = -1; break; }
            if (capacity >= limit) { status = -2; break; }
            int64_t larger = capacity > limit / 2 ? limit : capacity * 2;
            unsigned char *bigger = buffer == first ? malloc((size_t)(lead + larger)) : realloc(buffer, (size_t)(lead + larger));
            if (bigger == NULL) { status = -3; break; }
            if (buffer == first) memcpy(bigger, first, (size_t)(lead + produced));
            buffer = bigger;
            capacity = larger;
        }
    }
    libdeflate_free_decompressor(d);
    if (status != 0) { if (buffer != first) free(buffer); return status; }
    if (buffer != first) *grown = buffer;
    return produced;
}

int cnifti_parse_header(const char *path, const unsigned char *bytes, int64_t n) {
    /* nifti_image_read(path, 0), step by step, with the file's bytes from memory. */
    char *hfile = nifti_findhdrname(path);
    if (hfile == NULL) return 0;
    if (strcmp(hfile, path) != 0 || (n >= 12 && memcmp(bytes, "<nifti_image", 12) == 0)) {
        /* libnifti would read another file (an .img's .hdr) or an ASCII header: let it. */
        free(hfile);
        nifti_image *nim = nifti_image_read(path, 0);
        if (nim == NULL) return 0;
        nifti_image_free(nim);
        return 1;
    }
    nifti_image *nim = NULL;
    if (n >= (int64_t)sizeof(nifti_1_header)) {
        nifti_1_header n1;
        memcpy(&n1, bytes, sizeof n1);
        int version = nifti_header_version((const char *)&n1, sizeof n1);
        if (version == 0 || version == 1) {
            nim = nifti_convert_n1hdr2nim(n1, hfile);
        } else if (version == 2 && n >= (int64_t)sizeof(nifti_2_header)) {
            nifti_2_header n2;
            memcpy(&n2, bytes, sizeof n2);
            nim = nifti_convert_n2hdr2nim(n2, hfile);
        }
    }
    free(hfile);
    if (nim == NULL) return 0;
    nifti_image_free(nim);
    return 1;
}

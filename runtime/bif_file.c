/* bif_file.c - prim_file: the operating-system primitives under lib/file.lfe.
 *
 * Each BIF does one system call's worth of work and answers as OTP 25's
 * file module does: a value, {ok, Value}, or {error, Posix} with the
 * errno as an atom (enoent, eacces, eisdir, ...).  A filename may be a
 * binary (raw bytes), an atom or a deep list of characters and atoms
 * (encoded as UTF-8); anything else, a NUL character or a binary inside a
 * list is {error, badarg}, as OTP returns it.
 *
 * An open file is the tuple {file_descriptor, prim_file, Ref}: OTP's raw
 * file shape, with a reference naming a slot in a table of OS file
 * descriptors (the reference's third word is the slot + 1, the first two
 * a fresh make_ref/0 counter, so a forged or stale handle finds nothing).
 * A closed or unknown handle gives {error, einval} as a closed raw file
 * does in OTP.  The table holds no terms; a raw file not closed stays
 * open until the OS process ends (a file opened without `raw' is owned by
 * its io server, lib/file_io_server.lfe, which closes it when its opener
 * dies).  open_ram/2 makes a `ram' file: a memfd with the same handle.
 * Reads and writes block the calling scheduler: regular files only.
 */
#include "bif.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"
#include "strbuf.h"
#include "unicode.h"

#include "bifs.def"

/* ---- results ------------------------------------------------------- */

static Term ok_tuple(Term v)
{
    return make_tuple2(ATOM_ok, v);
}

static Term err_tuple(Term reason)
{
    return make_tuple2(ATOM_error, reason);
}

/* errno as OTP's POSIX atom. */
static Term errno_atom(int e)
{
    const char *s;
    switch (e) {
    case EACCES: s = "eacces"; break;
    case EAGAIN: s = "eagain"; break;
    case EBADF: s = "ebadf"; break;
    case EBUSY: s = "ebusy"; break;
    case EEXIST: s = "eexist"; break;
    case EFAULT: s = "efault"; break;
    case EFBIG: s = "efbig"; break;
    case EINTR: s = "eintr"; break;
    case EINVAL: s = "einval"; break;
    case EIO: s = "eio"; break;
    case EISDIR: s = "eisdir"; break;
    case ELOOP: s = "eloop"; break;
    case EMFILE: s = "emfile"; break;
    case EMLINK: s = "emlink"; break;
    case ENAMETOOLONG: s = "enametoolong"; break;
    case ENFILE: s = "enfile"; break;
    case ENODEV: s = "enodev"; break;
    case ENOENT: s = "enoent"; break;
    case ENOMEM: s = "enomem"; break;
    case ENOSPC: s = "enospc"; break;
    case ENOTBLK: s = "enotblk"; break;
    case ENOTDIR: s = "enotdir"; break;
    case ENOTEMPTY: s = "eexist"; break; /* as OTP reports a full dir */
    case ENOTSUP: s = "enotsup"; break;
    case ENXIO: s = "enxio"; break;
    case EPERM: s = "eperm"; break;
    case EPIPE: s = "epipe"; break;
    case EROFS: s = "erofs"; break;
    case ESPIPE: s = "espipe"; break;
    case ESRCH: s = "esrch"; break;
    case ESTALE: s = "estale"; break;
    case ETXTBSY: s = "etxtbsy"; break;
    case EXDEV: s = "exdev"; break;
    case EDQUOT: s = "edquot"; break;
    case EOVERFLOW: s = "eoverflow"; break;
    default: s = "eunknown"; break;
    }
    return atom_from_cstr(s);
}

static Term posix_error(void)
{
    return err_tuple(errno_atom(errno));
}

static Term badarg_tuple(void)
{
    return err_tuple(ATOM_badarg);
}

/* ---- filenames ----------------------------------------------------- */

/* Append one element of a list filename; false when it is not allowed. */
static bool put_name_char(StrBuf *b, Term c)
{
    if (term_is_small(c)) {
        int64_t v = small_val(c);
        if (v <= 0 || v > UNICODE_MAX || !unicode_valid((uint32_t)v))
            return false;
        strbuf_put_utf8(b, (uint32_t)v);
        return true;
    }
    if (term_is_atom(c)) {
        strbuf_append(b, atom_name(c), atom_length(c));
        return true;
    }
    return false;
}

/* The filename t as NUL-terminated bytes in b: a binary as it is, an atom
 * or a deep list of characters and atoms as UTF-8.  False for anything
 * OTP answers with {error, badarg}. */
static bool filename_cstr(Term t, StrBuf *b)
{
    strbuf_init(b);
    if (term_is_binary(t)) {
        if (!binary_is_aligned(t))
            return false;
        strbuf_append(b, (const char *)binary_bytes(t), binary_byte_size(t));
    } else if (term_is_atom(t)) {
        strbuf_append(b, atom_name(t), atom_length(t));
    } else if (term_is_list(t)) {
        /* Deep lists: the pending tails on an explicit stack. */
        size_t n = 0, cap = 16;
        Term *stack = malloc(cap * sizeof(Term));
        bool ok = stack != NULL;
        while (ok) {
            if (term_is_cons(t)) {
                Term h = CAR(t);
                t = CDR(t);
                if (term_is_list(h)) {
                    if (n == cap) {
                        Term *s2 = realloc(stack, 2 * cap * sizeof(Term));
                        if (!s2) {
                            ok = false;
                            break;
                        }
                        stack = s2;
                        cap *= 2;
                    }
                    stack[n++] = t;
                    t = h;
                } else if (!put_name_char(b, h)) {
                    ok = false;
                }
            } else if (term_is_nil(t)) {
                if (n == 0)
                    break;
                t = stack[--n];
            } else {
                ok = false;
            }
        }
        free(stack);
        if (!ok)
            return false;
    } else {
        return false;
    }
    return memchr(b->data, 0, b->len) == NULL;
}

/* A name read from the OS as a list of code points when it is valid
 * UTF-8, else as a binary of its bytes. */
static Term name_term(const char *s, size_t n)
{
    if (utf8_count(s, n) < 0)
        return binary_from_bytes((const uint8_t *)s, n);
    Term *cps = gc_alloc(n * sizeof(Term) + 1);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        cps[k++] = make_small(cp);
        i += (size_t)len;
    }
    return list_from_array(cps, k);
}

/* Shorthand: decode args[i] as a filename or return {error, badarg}. */
#define NAME_ARG(var, t)                 \
    StrBuf var;                          \
    if (!filename_cstr((t), &var))       \
        return badarg_tuple();

/* ---- the handle table ---------------------------------------------- */

typedef struct Handle {
    uint64_t key; /* the make_ref counter in the file's reference */
    int fd;       /* -1 when the slot is free                      */
    bool binary;  /* reads return binaries, else lists of bytes    */
} Handle;

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static Handle *table;
static size_t table_len, table_cap;

static Term atom_file_descriptor(void)
{
    return atom_from_cstr("file_descriptor");
}

static Term atom_prim_file(void)
{
    return atom_from_cstr("prim_file");
}

/* A new handle for fd: the {file_descriptor, prim_file, Ref} tuple. */
static Term handle_new(Process *p, int fd, bool binary)
{
    Term r = bif_make_ref_0(p, NULL);
    Ref *ref = (Ref *)box_ptr(r);
    uint64_t key = (uint64_t)ref->ids[0] | ((uint64_t)ref->ids[1] << 32);
    pthread_mutex_lock(&table_lock);
    size_t slot = 0;
    while (slot < table_len && table[slot].fd >= 0)
        slot++;
    if (slot == table_len) {
        if (table_len == table_cap) {
            size_t cap = table_cap ? table_cap * 2 : 16;
            Handle *t = realloc(table, cap * sizeof(Handle));
            if (!t) {
                pthread_mutex_unlock(&table_lock);
                return NONE;
            }
            table = t;
            table_cap = cap;
        }
        table_len++;
    }
    table[slot] = (Handle){key, fd, binary};
    pthread_mutex_unlock(&table_lock);
    uint32_t ids[3] = {ref->ids[0], ref->ids[1], (uint32_t)slot + 1};
    return make_tuple3(atom_file_descriptor(), atom_prim_file(),
                       make_ref(node_name(), 0, ids));
}

/* The handle a file term names, copied into *h; false when the term is
 * not one of ours or the file is closed. */
static bool handle_get(Term t, Handle *h, size_t *slot_out)
{
    if (!term_is_tuple(t) || tuple_arity(t) != 3 ||
        tuple_elems(t)[0] != atom_file_descriptor() ||
        tuple_elems(t)[1] != atom_prim_file() ||
        !term_is_ref(tuple_elems(t)[2]))
        return false;
    Ref *ref = (Ref *)box_ptr(tuple_elems(t)[2]);
    uint64_t key = (uint64_t)ref->ids[0] | ((uint64_t)ref->ids[1] << 32);
    size_t slot = (size_t)ref->ids[2];
    bool found = false;
    pthread_mutex_lock(&table_lock);
    if (slot >= 1 && slot <= table_len && table[slot - 1].fd >= 0 &&
        table[slot - 1].key == key) {
        *h = table[slot - 1];
        found = true;
    }
    pthread_mutex_unlock(&table_lock);
    if (slot_out)
        *slot_out = slot - 1;
    return found;
}

#define HANDLE_ARG(h, t)                          \
    Handle h;                                     \
    if (!handle_get((t), &h, NULL))               \
        return err_tuple(atom_from_cstr("einval"));

/* ---- modes ---------------------------------------------------------- */

typedef struct Modes {
    bool read, write, append, exclusive, binary;
} Modes;

/* Parse an open mode list; unknown options are ignored as OTP does. */
static bool parse_modes(Term l, Modes *m)
{
    *m = (Modes){0};
    for (; term_is_cons(l); l = CDR(l)) {
        Term o = CAR(l);
        if (!term_is_atom(o))
            continue; /* {read_ahead, N}, {encoding, E}, ... */
        const char *s = atom_name(o);
        if (!strcmp(s, "read"))
            m->read = true;
        else if (!strcmp(s, "write"))
            m->write = true;
        else if (!strcmp(s, "append"))
            m->append = true;
        else if (!strcmp(s, "exclusive"))
            m->exclusive = true;
        else if (!strcmp(s, "binary"))
            m->binary = true;
        else if (!strcmp(s, "list"))
            m->binary = false;
    }
    return term_is_nil(l);
}

static int open_flags(const Modes *m)
{
    bool w = m->write || m->append || m->exclusive;
    int flags = O_CLOEXEC;
    if (m->read && w)
        flags |= O_RDWR;
    else if (w)
        flags |= O_WRONLY;
    else
        flags |= O_RDONLY;
    if (w)
        flags |= O_CREAT;
    if (m->write && !m->read && !m->append && !m->exclusive)
        flags |= O_TRUNC;
    if (m->append)
        flags |= O_APPEND;
    if (m->exclusive)
        flags |= O_EXCL;
    return flags;
}

static int open_retry(const char *path, int flags)
{
    int fd;
    do
        fd = open(path, flags, 0666);
    while (fd < 0 && errno == EINTR);
    return fd;
}

/* Opening a directory for reading succeeds on Linux; OTP says eisdir. */
static int open_checked(const char *path, int flags)
{
    int fd = open_retry(path, flags);
    if (fd >= 0) {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return -1;
        }
    }
    return fd;
}

/* ---- whole-file and byte I/O --------------------------------------- */

/* Write all n bytes; false with errno set on failure. */
static bool write_all(int fd, const uint8_t *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        s += k;
        n -= (size_t)k;
    }
    return true;
}

static bool pwrite_all(int fd, const uint8_t *s, size_t n, off_t at)
{
    while (n > 0) {
        ssize_t k = pwrite(fd, s, n, at);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        s += k;
        n -= (size_t)k;
        at += k;
    }
    return true;
}

/* Read up to want bytes into a growing buffer (at offset at, or the file
 * position when at < 0).  Returns the count, or -1 with errno set. */
static ssize_t read_upto(int fd, uint8_t **out, size_t want, off_t at)
{
    size_t cap = want < 65536 ? want : 65536, got = 0;
    uint8_t *buf = gc_alloc_atomic(cap ? cap : 1);
    while (got < want) {
        if (got == cap) {
            size_t ncap = cap * 2 < want ? cap * 2 : want;
            uint8_t *nb = gc_alloc_atomic(ncap);
            memcpy(nb, buf, got);
            buf = nb;
            cap = ncap;
        }
        ssize_t k = at < 0 ? read(fd, buf + got, cap - got)
                           : pread(fd, buf + got, cap - got, at + (off_t)got);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (k == 0)
            break;
        got += (size_t)k;
    }
    *out = buf;
    return (ssize_t)got;
}

/* Bytes as the file's mode wants them: a binary or a list. */
static Term data_term(const Handle *h, const uint8_t *s, size_t n)
{
    return h->binary ? binary_from_bytes(s, n) : list_from_bytes(s, n);
}

/* The iodata argument as a binary, or NONE (no exception left behind). */
static Term iodata_binary(Process *p, Term t)
{
    Term a[1] = {t};
    Term b = bif_binary_iolist_to_binary_1(p, a);
    if (b == NONE)
        p->exc_class = NONE;
    return b;
}

Term bif_file_read_file_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    int fd = open_checked(name.data, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return posix_error();
    struct stat st;
    size_t want = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size : 0;
    /* Files that report no size (/proc) are read to their end. */
    StrBuf all;
    strbuf_init(&all);
    uint8_t *buf;
    ssize_t k = read_upto(fd, &buf, want ? want : 65536, -1);
    while (k > 0) {
        strbuf_append(&all, (const char *)buf, (size_t)k);
        k = read_upto(fd, &buf, 65536, -1);
    }
    int e = errno;
    close(fd);
    if (k < 0) {
        errno = e;
        return posix_error();
    }
    return ok_tuple(binary_from_bytes((const uint8_t *)all.data, all.len));
}

Term bif_file_write_file_3(Process *p, const Term *args)
{
    NAME_ARG(name, args[0]);
    Term data = iodata_binary(p, args[1]);
    Modes m;
    if (data == NONE || !parse_modes(args[2], &m))
        return badarg_tuple();
    if (!m.read && !m.append && !m.exclusive)
        m.write = true;
    m.read = false;
    int fd = open_checked(name.data, open_flags(&m));
    if (fd < 0)
        return posix_error();
    bool ok = write_all(fd, binary_bytes(data), binary_byte_size(data));
    int e = errno;
    close(fd);
    errno = e;
    return ok ? ATOM_ok : posix_error();
}

Term bif_file_open_2(Process *p, const Term *args)
{
    NAME_ARG(name, args[0]);
    Modes m;
    if (!parse_modes(args[1], &m))
        return badarg_tuple();
    int fd = open_checked(name.data, open_flags(&m));
    if (fd < 0)
        return posix_error();
    Term t = handle_new(p, fd, m.binary);
    if (t == NONE) {
        close(fd);
        return err_tuple(atom_from_cstr("enomem"));
    }
    return ok_tuple(t);
}

/* open_ram(Data, Modes): a `ram' file, an anonymous in-memory file
 * (memfd) holding the iodata Data, positioned at its start: the same
 * handle as a raw file, so every prim_file BIF works on it. */
Term bif_file_open_ram_2(Process *p, const Term *args)
{
    Modes m;
    Term data = iodata_binary(p, args[0]);
    if (data == NONE || !parse_modes(args[1], &m))
        return badarg_tuple();
    int fd = memfd_create("elfe-ram-file", MFD_CLOEXEC);
    if (fd < 0)
        return posix_error();
    if (!write_all(fd, binary_bytes(data), binary_byte_size(data)) ||
        lseek(fd, 0, SEEK_SET) < 0) {
        Term e = posix_error();
        close(fd);
        return e;
    }
    Term t = handle_new(p, fd, m.binary);
    if (t == NONE) {
        close(fd);
        return err_tuple(atom_from_cstr("enomem"));
    }
    return ok_tuple(t);
}

Term bif_file_close_1(Process *p, const Term *args)
{
    (void)p;
    Handle h;
    size_t slot;
    if (!handle_get(args[0], &h, &slot))
        return err_tuple(atom_from_cstr("einval"));
    pthread_mutex_lock(&table_lock);
    table[slot].fd = -1;
    table[slot].key = 0;
    pthread_mutex_unlock(&table_lock);
    return close(h.fd) == 0 || errno == EINTR ? ATOM_ok : posix_error();
}

/* A non-negative integer count, as a size_t. */
static bool count_arg(Term t, size_t *n)
{
    if (!term_is_small(t) || small_val(t) < 0)
        return false;
    *n = (size_t)small_val(t);
    return true;
}

Term bif_file_read_2(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    size_t n;
    if (!count_arg(args[1], &n))
        return badarg_tuple();
    uint8_t *buf;
    ssize_t k = read_upto(h.fd, &buf, n, -1);
    if (k < 0)
        return posix_error();
    if (k == 0 && n > 0)
        return atom_from_cstr("eof");
    return ok_tuple(data_term(&h, buf, (size_t)k));
}

Term bif_file_pread_3(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    size_t n, at;
    if (!count_arg(args[1], &at) || !count_arg(args[2], &n))
        return badarg_tuple();
    uint8_t *buf;
    ssize_t k = read_upto(h.fd, &buf, n, (off_t)at);
    if (k < 0)
        return posix_error();
    if (k == 0 && n > 0)
        return atom_from_cstr("eof");
    return ok_tuple(data_term(&h, buf, (size_t)k));
}

Term bif_file_write_2(Process *p, const Term *args)
{
    HANDLE_ARG(h, args[0]);
    Term data = iodata_binary(p, args[1]);
    if (data == NONE)
        return badarg_tuple();
    return write_all(h.fd, binary_bytes(data), binary_byte_size(data))
               ? ATOM_ok
               : posix_error();
}

Term bif_file_pwrite_3(Process *p, const Term *args)
{
    HANDLE_ARG(h, args[0]);
    size_t at;
    Term data = iodata_binary(p, args[2]);
    if (!count_arg(args[1], &at) || data == NONE)
        return badarg_tuple();
    return pwrite_all(h.fd, binary_bytes(data), binary_byte_size(data),
                      (off_t)at)
               ? ATOM_ok
               : posix_error();
}

/* read_line: bytes up to and including the next newline ("\r\n" becomes
 * "\n"), the last line without one, or eof.  Reads a block and moves the
 * file position back to just after the line. */
Term bif_file_read_line_1(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    StrBuf line;
    strbuf_init(&line);
    uint8_t block[4096];
    for (;;) {
        ssize_t k = read(h.fd, block, sizeof block);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return posix_error();
        }
        if (k == 0)
            break;
        uint8_t *nl = memchr(block, '\n', (size_t)k);
        if (!nl) {
            strbuf_append(&line, (const char *)block, (size_t)k);
            continue;
        }
        size_t used = (size_t)(nl - block) + 1;
        strbuf_append(&line, (const char *)block, used);
        if ((size_t)k > used)
            lseek(h.fd, -(off_t)((size_t)k - used), SEEK_CUR);
        if (line.len >= 2 && line.data[line.len - 2] == '\r') {
            line.data[line.len - 2] = '\n';
            line.len--;
        }
        break;
    }
    if (line.len == 0)
        return atom_from_cstr("eof");
    return ok_tuple(data_term(&h, (const uint8_t *)line.data, line.len));
}

/* position(Fd, Location): Offset | {bof|cur|eof, Offset} | bof|cur|eof. */
Term bif_file_position_2(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    Term loc = args[1];
    Term where = atom_from_cstr("bof");
    Term off = make_small(0);
    if (term_is_integer(loc)) {
        off = loc;
    } else if (term_is_atom(loc)) {
        where = loc;
    } else if (term_is_tuple(loc) && tuple_arity(loc) == 2) {
        where = tuple_elems(loc)[0];
        off = tuple_elems(loc)[1];
    } else {
        return badarg_tuple();
    }
    int whence;
    const char *w = term_is_atom(where) ? atom_name(where) : "";
    if (!strcmp(w, "bof"))
        whence = SEEK_SET;
    else if (!strcmp(w, "cur"))
        whence = SEEK_CUR;
    else if (!strcmp(w, "eof"))
        whence = SEEK_END;
    else
        return badarg_tuple();
    if (!term_is_small(off))
        return term_is_integer(off) ? err_tuple(atom_from_cstr("einval"))
                                    : badarg_tuple();
    off_t r = lseek(h.fd, (off_t)small_val(off), whence);
    if (r < 0)
        return posix_error();
    return ok_tuple(make_int64((int64_t)r));
}

Term bif_file_sync_1(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    return fsync(h.fd) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_datasync_1(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    return fdatasync(h.fd) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_truncate_1(Process *p, const Term *args)
{
    (void)p;
    HANDLE_ARG(h, args[0]);
    off_t at = lseek(h.fd, 0, SEEK_CUR);
    if (at < 0 || ftruncate(h.fd, at) != 0)
        return posix_error();
    return ATOM_ok;
}

/* ---- the file system ----------------------------------------------- */

Term bif_file_list_dir_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    DIR *d = opendir(name.data);
    if (!d)
        return posix_error();
    Term acc = NIL;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        acc = make_cons(name_term(e->d_name, strlen(e->d_name)), acc);
    }
    int err = errno;
    closedir(d);
    if (err) {
        errno = err;
        return posix_error();
    }
    return ok_tuple(list_reverse(acc, NIL));
}

Term bif_file_make_dir_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    return mkdir(name.data, 0777) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_del_dir_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    return rmdir(name.data) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_delete_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    if (unlink(name.data) == 0)
        return ATOM_ok;
    /* Linux says EISDIR for a directory; OTP reports eperm. */
    if (errno == EISDIR)
        errno = EPERM;
    return posix_error();
}

Term bif_file_rename_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(from, args[0]);
    NAME_ARG(to, args[1]);
    if (rename(from.data, to.data) == 0)
        return ATOM_ok;
    if (errno == ENOTEMPTY)
        errno = EEXIST;
    return posix_error();
}

Term bif_file_make_symlink_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(from, args[0]);
    NAME_ARG(to, args[1]);
    return symlink(from.data, to.data) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_make_link_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(from, args[0]);
    NAME_ARG(to, args[1]);
    return link(from.data, to.data) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_read_link_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    char buf[4096];
    ssize_t n = readlink(name.data, buf, sizeof buf);
    if (n < 0)
        return posix_error();
    return ok_tuple(name_term(buf, (size_t)n));
}

/* A time_t as {{Y,M,D},{H,Mi,S}} in local or universal time, or as the
 * integer itself for posix. */
static Term time_term(time_t t, const char *unit)
{
    if (!strcmp(unit, "posix"))
        return make_int64((int64_t)t);
    struct tm tm;
    if (!strcmp(unit, "universal"))
        gmtime_r(&t, &tm);
    else
        localtime_r(&t, &tm);
    return make_tuple2(make_tuple3(make_small(tm.tm_year + 1900),
                                   make_small(tm.tm_mon + 1),
                                   make_small(tm.tm_mday)),
                       make_tuple3(make_small(tm.tm_hour),
                                   make_small(tm.tm_min),
                                   make_small(tm.tm_sec)));
}

static Term file_info(const char *path, Term unit, bool follow)
{
    const char *u = term_is_atom(unit) ? atom_name(unit) : "";
    if (strcmp(u, "local") && strcmp(u, "universal") && strcmp(u, "posix"))
        return badarg_tuple();
    struct stat st;
    if ((follow ? stat(path, &st) : lstat(path, &st)) != 0)
        return posix_error();
    const char *type = "other";
    if (S_ISREG(st.st_mode))
        type = "regular";
    else if (S_ISDIR(st.st_mode))
        type = "directory";
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        type = "device";
    else if (S_ISLNK(st.st_mode))
        type = "symlink";
    int flag = follow ? 0 : AT_SYMLINK_NOFOLLOW;
    bool r = faccessat(AT_FDCWD, path, R_OK, flag) == 0;
    bool w = faccessat(AT_FDCWD, path, W_OK, flag) == 0;
    const char *access = r && w ? "read_write" : r ? "read" : w ? "write" : "none";
    Term e[14] = {atom_from_cstr("file_info"),
                  make_int64((int64_t)st.st_size),
                  atom_from_cstr(type),
                  atom_from_cstr(access),
                  time_term(st.st_atime, u),
                  time_term(st.st_mtime, u),
                  time_term(st.st_ctime, u),
                  make_int64((int64_t)st.st_mode),
                  make_int64((int64_t)st.st_nlink),
                  make_uint64((uint64_t)st.st_dev),
                  make_uint64((uint64_t)st.st_rdev),
                  make_uint64((uint64_t)st.st_ino),
                  make_int64((int64_t)st.st_uid),
                  make_int64((int64_t)st.st_gid)};
    return ok_tuple(make_tuplev(14, e));
}

/* read_file_info(Name, TimeUnit): TimeUnit is local, universal or posix. */
Term bif_file_read_file_info_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    return file_info(name.data, args[1], true);
}

Term bif_file_read_link_info_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    return file_info(name.data, args[1], false);
}

Term bif_file_get_cwd_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    char *cwd = getcwd(NULL, 0);
    if (!cwd)
        return posix_error();
    Term t = name_term(cwd, strlen(cwd));
    free(cwd);
    return ok_tuple(t);
}

Term bif_file_set_cwd_1(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    return chdir(name.data) == 0 ? ATOM_ok : posix_error();
}

Term bif_file_change_mode_2(Process *p, const Term *args)
{
    (void)p;
    NAME_ARG(name, args[0]);
    if (!term_is_small(args[1]) || small_val(args[1]) < 0)
        return badarg_tuple();
    return chmod(name.data, (mode_t)small_val(args[1])) == 0 ? ATOM_ok
                                                              : posix_error();
}

package dev.accelbench.kernels.attention.workload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0, as numpy.lib.format
 * documents them) holding float32 or float16 in C order, so users can feed real Q/K/V to the
 * kernels. The layout: the magic {@code \x93NUMPY}, major and minor version bytes, the header length
 * (2 bytes little-endian in 1.0, 4 bytes in 2.0/3.0), an ASCII (3.0: UTF-8) Python dict literal
 * with 'descr', 'fortran_order' and 'shape', then the raw data. Anything else — another dtype,
 * Fortran order, object arrays, a truncated or oversized body — is an IllegalArgumentException
 * naming the file and the problem.
 */
public final class NpyReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    public static NpyArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    public static NpyArray read(InputStream in, String name) throws IOException {
        return parse(in.readAllBytes(), name);
    }

    static NpyArray parse(byte[] bytes, String name) {
        if (bytes.length < 10) {
            throw bad(name, "too short for a .npy header (" + bytes.length + " bytes)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw bad(name, "not a .npy file (the magic string \\x93NUMPY is missing)");
            }
        }
        int major = bytes[6] & 0xff;
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen;
        int dataStart;
        if (major == 1) {
            headerLen = buf.getShort(8) & 0xffff;
            dataStart = 10 + headerLen;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw bad(name, "truncated header");
            }
            long len = buf.getInt(8) & 0xffffffffL;
            if (len > bytes.length) {
                throw bad(name, "header length " + len + " exceeds the file");
            }
            headerLen = (int) len;
            dataStart = 12 + headerLen;
        } else {
            throw bad(name, "unsupported .npy format version " + major + "." + (bytes[7] & 0xff));
        }
        if (dataStart > bytes.length) {
            throw bad(name, "truncated header (needs " + dataStart + " bytes, file has " + bytes.length + ")");
        }
        String header = new String(bytes, dataStart - headerLen, headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, name, "'descr'");
        String fortran = group(FORTRAN, header, name, "'fortran_order'");
        if (fortran.equals("True")) {
            throw bad(name, "Fortran-order arrays are not supported; save with np.ascontiguousarray(a)");
        }
        int[] shape = shape(group(SHAPE, header, name, "'shape'"), name);
        ByteOrder order;
        char endian = descr.isEmpty() ? '?' : descr.charAt(0);
        switch (endian) {
            case '<', '|', '=' -> order = ByteOrder.LITTLE_ENDIAN;
            case '>' -> order = ByteOrder.BIG_ENDIAN;
            default -> throw bad(name, "unsupported dtype '" + descr + "' (need float32 '<f4' or float16 '<f2')");
        }
        String type = descr.substring(1);
        int width = switch (type) {
            case "f4" -> 4;
            case "f2" -> 2;
            default -> throw bad(name, "unsupported dtype '" + descr + "' (need float32 '<f4' or float16 '<f2')");
        };
        long count = 1;
        for (int axis : shape) {
            count *= axis;
            if (count > Integer.MAX_VALUE) {
                throw bad(name, "array too large for Java (" + header.trim() + ")");
            }
        }
        long body = bytes.length - (long) dataStart;
        if (body != count * width) {
            throw bad(name, "data holds " + body + " bytes, the shape " + java.util.Arrays.toString(shape) + " of "
                    + descr + " needs " + count * width + (body < count * width ? " (truncated)" : ""));
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) body).slice().order(order);
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = width == 4 ? data.getFloat(4 * i) : Float.float16ToFloat(data.getShort(2 * i));
        }
        return new NpyArray(shape, values);
    }

    private static int[] shape(String tuple, String name) {
        String[] parts = tuple.split(",");
        java.util.List<Integer> axes = new java.util.ArrayList<>();
        for (String p : parts) {
            String t = p.trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                int axis = Integer.parseInt(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
                if (axis < 0) {
                    throw bad(name, "negative axis length in shape (" + tuple + ")");
                }
                axes.add(axis);
            } catch (NumberFormatException e) {
                throw bad(name, "malformed shape (" + tuple + ")");
            }
        }
        return axes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String group(Pattern p, String header, String name, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw bad(name, "header has no valid " + key + " entry: " + header.trim());
        }
        return m.group(1);
    }

    private static IllegalArgumentException bad(String name, String problem) {
        return new IllegalArgumentException(name + ": " + problem);
    }
}

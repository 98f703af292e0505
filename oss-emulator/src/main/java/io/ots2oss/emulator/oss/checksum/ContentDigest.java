package io.ots2oss.emulator.oss.checksum;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** MD5, CRC-64 and length of a body, computed in one pass while it streams in. */
public final class ContentDigest {
    private final MessageDigest md5;
    private long crc;
    private long size;

    public ContentDigest() {
        this.md5 = newMd5();
    }

    private ContentDigest(MessageDigest md5, long crc, long size) {
        this.md5 = md5;
        this.crc = crc;
        this.size = size;
    }

    public void update(byte[] data, int offset, int length) {
        md5.update(data, offset, length);
        crc = Crc64.update(crc, data, offset, length);
        size += length;
    }

    /** A snapshot that can keep going independently (appendable objects keep a running digest). */
    public ContentDigest copy() {
        try {
            return new ContentDigest((MessageDigest) md5.clone(), crc, size);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("MD5 digest cannot be cloned", e);
        }
    }

    public long size() {
        return size;
    }

    public long crc64() {
        return crc;
    }

    /** The MD5 so far; does not disturb the running state. */
    public byte[] md5() {
        return copy().md5.digest();
    }

    public static String upperHex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}

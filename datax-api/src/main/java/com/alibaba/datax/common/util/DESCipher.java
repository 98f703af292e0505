package com.alibaba.datax.common.util;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;
import java.nio.charset.StandardCharsets;

/** DES helpers DataX uses for encrypted job values; strings travel as upper-case hex. */
public class DESCipher {

    /** The default key; DataX installs usually override it. */
    public static final String KEY = "DataX-ots2oss-stand-in";

    private static final String ALGORITHM = "DES";

    public static byte[] encrypt(byte[] src, byte[] key) throws Exception {
        return run(Cipher.ENCRYPT_MODE, src, key);
    }

    public static byte[] decrypt(byte[] src, byte[] key) throws Exception {
        return run(Cipher.DECRYPT_MODE, src, key);
    }

    public static byte[] encrypt(byte[] src) throws Exception {
        return encrypt(src, KEY.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] decrypt(byte[] src) throws Exception {
        return decrypt(src, KEY.getBytes(StandardCharsets.UTF_8));
    }

    public static final String encrypt(String data) {
        return encrypt(data, KEY);
    }

    public static final String encrypt(String data, String key) {
        try {
            return byte2hex(encrypt(data.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("DES encryption failed", e);
        }
    }

    public static final String decrypt(String data) {
        return decrypt(data, KEY);
    }

    public static final String decrypt(String data, String key) {
        try {
            byte[] plain = decrypt(hex2byte(data.getBytes(StandardCharsets.UTF_8)), key.getBytes(StandardCharsets.UTF_8));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("DES decryption failed", e);
        }
    }

    public static String encryptToString(byte[] data) throws Exception {
        return byte2hex(encrypt(data));
    }

    public static String decryptToString(byte[] data) throws Exception {
        return new String(decrypt(data), StandardCharsets.UTF_8);
    }

    public static String byte2hex(byte[] b) {
        StringBuilder hex = new StringBuilder(b.length * 2);
        for (byte each : b) {
            hex.append(String.format("%02X", each & 0xff));
        }
        return hex.toString();
    }

    public static byte[] hex2byte(byte[] b) {
        if (b.length % 2 != 0) {
            throw new IllegalArgumentException("Hex text must have an even length");
        }
        byte[] result = new byte[b.length / 2];
        for (int i = 0; i < b.length; i += 2) {
            result[i / 2] = (byte) Integer.parseInt(new String(b, i, 2, StandardCharsets.US_ASCII), 16);
        }
        return result;
    }

    private static byte[] run(int mode, byte[] src, byte[] key) throws Exception {
        Cipher cipher = Cipher.getInstance(ALGORITHM);
        cipher.init(mode, SecretKeyFactory.getInstance(ALGORITHM).generateSecret(new DESKeySpec(key)));
        return cipher.doFinal(src);
    }
}

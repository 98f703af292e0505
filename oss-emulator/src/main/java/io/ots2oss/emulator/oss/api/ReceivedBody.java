package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.Storage;
import io.ots2oss.emulator.oss.checksum.ContentDigest;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.store.Blob;
import io.ots2oss.emulator.oss.store.BlobWriter;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Base64;

/** A request body streamed into storage, with its MD5, CRC-64 and size computed on the way. */
record ReceivedBody(Blob blob, byte[] md5, long crc64, long size) {
    private static final int BUFFER_SIZE = 256 * 1024;

    String etag() {
        return ContentDigest.upperHex(md5);
    }

    /**
     * Streams the body into {@code storage}, also feeding {@code alsoUpdate} (may be null), and checks
     * Content-MD5 and Content-Length. Nothing is kept if a check fails.
     */
    static ReceivedBody receive(OssRequest request, Storage storage, ContentDigest alsoUpdate) throws IOException {
        requireLengthOrChunked(request);
        BlobWriter writer = storage.newWriter(request.contentLength());
        ContentDigest digest = new ContentDigest();
        try {
            byte[] buffer = new byte[BUFFER_SIZE];
            InputStream in = request.body();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n == 0) {
                    continue;
                }
                digest.update(buffer, 0, n);
                if (alsoUpdate != null) {
                    alsoUpdate.update(buffer, 0, n);
                }
                writer.write(buffer, 0, n);
            }
            byte[] md5 = digest.md5();
            checkLength(request, digest.size());
            checkContentMd5(request.header("content-md5"), md5);
            return new ReceivedBody(writer.finish(), md5, digest.crc64(), digest.size());
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    private static void requireLengthOrChunked(OssRequest request) {
        if (request.header("content-length") == null && request.header("transfer-encoding") == null) {
            throw new OssError(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
        }
    }

    private static void checkLength(OssRequest request, long received) {
        if (request.contentLength() >= 0 && received != request.contentLength()) {
            throw new OssError(400, "IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header.");
        }
    }

    static void checkContentMd5(String header, byte[] actualMd5) {
        if (header == null) {
            return;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException e) {
            claimed = new byte[0];
        }
        if (claimed.length != 16) {
            throw new OssError(400, "InvalidDigest", "The Content-MD5 you specified is not valid.").field("Content-MD5", header);
        }
        if (!MessageDigest.isEqual(claimed, actualMd5)) {
            throw new OssError(400, "InvalidDigest", "The Content-MD5 you specified did not match what we received.")
                    .field("Content-MD5", header)
                    .field("CalculatedDigest", Base64.getEncoder().encodeToString(actualMd5));
        }
    }
}

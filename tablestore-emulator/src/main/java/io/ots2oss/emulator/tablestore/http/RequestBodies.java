package io.ots2oss.emulator.tablestore.http;

import io.ots2oss.emulator.tablestore.error.OtsError;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Undoes the SDK's optional request compression ({@code x-ots-request-compress-type: deflate}, zlib). */
final class RequestBodies {
    private RequestBodies() {
    }

    /** The body to parse; the MD5 and signature were checked over the body as sent. */
    static byte[] decompress(byte[] body, Map<String, String> otsHeaders) {
        String type = otsHeaders.get("x-ots-request-compress-type");
        if (type == null) {
            return body;
        }
        if (!type.equals("deflate")) {
            throw OtsError.invalidParameter("Unsupported compress type: " + type + ".");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw OtsError.invalidParameter("Truncated compressed request body.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw OtsError.invalidParameter("Invalid compressed request body: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}

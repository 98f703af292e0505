package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.UrlCodec;
import io.ots2oss.emulator.oss.http.Xml;

/**
 * {@code encoding-type=url}: the reply URL-encodes keys, prefixes, markers and delimiters and says so in
 * {@code <EncodingType>url</EncodingType>}, the one way a key with characters XML 1.0 cannot carry reaches
 * every client intact. Asked for in the query, or (DeleteMultipleObjects, as the Java SDK sends it) a header.
 */
final class KeyEncoding {
    private static final KeyEncoding PLAIN = new KeyEncoding(false);
    private static final KeyEncoding URL = new KeyEncoding(true);

    private final boolean url;

    private KeyEncoding(boolean url) {
        this.url = url;
    }

    static KeyEncoding of(OssRequest request) {
        String asked = request.param("encoding-type");
        if (asked == null) {
            asked = request.header("encoding-type");
        }
        return "url".equalsIgnoreCase(asked) ? URL : PLAIN;
    }

    /** The value as the reply carries it; null stays null. */
    String apply(String value) {
        return url && value != null ? UrlCodec.sdkEncode(value, false) : value;
    }

    boolean isUrl() {
        return url;
    }

    /** Adds {@code <EncodingType>url</EncodingType>} when the reply is encoded. */
    void declare(Xml xml) {
        if (url) {
            xml.element("EncodingType", "url");
        }
    }
}

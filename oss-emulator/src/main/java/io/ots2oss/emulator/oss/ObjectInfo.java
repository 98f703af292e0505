package io.ots2oss.emulator.oss;

import java.util.Map;

/**
 * What the emulator stores about an object, for test assertions.
 *
 * @param etag         upper-case hex, without quotes
 * @param crc64        CRC-64/XZ of the content, as OSS reports it (unsigned when printed)
 * @param objectType   Normal, Multipart or Appendable
 * @param userMetadata names without {@code x-oss-meta-}, lower case
 */
public record ObjectInfo(String key, long size, String etag, long crc64, String objectType, String contentType,
                         Map<String, String> userMetadata, String serverSideEncryption, Map<String, String> headers) {
}

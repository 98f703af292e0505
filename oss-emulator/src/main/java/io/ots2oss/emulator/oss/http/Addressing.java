package io.ots2oss.emulator.oss.http;

import java.util.List;
import java.util.Locale;

/**
 * Finds bucket and key. Path style ({@code /bucket/key}) is what the SDK uses for IP and localhost
 * endpoints and for any endpoint with SLD enabled; virtual-hosted style ({@code bucket.domain/key})
 * is recognised for the configured domains.
 */
public final class Addressing {
    private final List<String> virtualHostDomains;

    public Addressing(List<String> virtualHostDomains) {
        this.virtualHostDomains = virtualHostDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    public OssRequest.Target resolve(String hostHeader, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String virtualBucket = virtualHostBucket(hostHeader);
        if (virtualBucket != null) {
            String rawKey = path.substring(1);
            return new OssRequest.Target(virtualBucket, rawKey.isEmpty() ? null : UrlCodec.decode(rawKey));
        }
        String rest = path.substring(1);
        if (rest.isEmpty()) {
            return new OssRequest.Target(null, null);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new OssRequest.Target(UrlCodec.decode(rest), null);
        }
        String bucket = UrlCodec.decode(rest.substring(0, slash));
        String rawKey = rest.substring(slash + 1);
        return new OssRequest.Target(bucket, rawKey.isEmpty() ? null : UrlCodec.decode(rawKey));
    }

    private String virtualHostBucket(String hostHeader) {
        if (hostHeader == null || virtualHostDomains.isEmpty()) {
            return null;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        for (String domain : virtualHostDomains) {
            if (host.endsWith("." + domain)) {
                String label = host.substring(0, host.length() - domain.length() - 1);
                if (!label.isEmpty() && label.indexOf('.') < 0) {
                    return label;
                }
            }
        }
        return null;
    }
}

package io.ots2oss.emulator.oss.http;

import java.util.List;
import java.util.Locale;

/**
 * Finds bucket and key. Path style ({@code /bucket/key}) is what the Java SDK uses for IP and localhost
 * endpoints and for any endpoint with SLD enabled; virtual-hosted style ({@code bucket.domain/key})
 * is recognised for the configured domains and, always, for the service's own domains
 * ({@code bucket.oss-cn-hangzhou.aliyuncs.com}): ali-oss given an IP endpoint connects to that IP but
 * sends such a Host, built from its region, with the path {@code /key}.
 */
public final class Addressing {
    /** The public service domain; every region's endpoint (also -internal, -accelerate) is a subdomain of it. */
    private static final String SERVICE_DOMAIN = "aliyuncs.com";

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

    /**
     * The domain to configure when a Host looks virtual-hosted ({@code bkt.example.com}) but was read as path
     * style because no configured domain matches it; null otherwise (IPs, {@code localhost}, matched hosts).
     */
    public String unmatchedVirtualHostDomain(String hostHeader) {
        if (hostHeader == null || virtualHostBucket(hostHeader) != null) {
            return null;
        }
        String host = withoutPort(hostHeader.toLowerCase(Locale.ROOT));
        boolean ipLiteral = host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        int dot = host.indexOf('.');
        if (ipLiteral || dot <= 0 || host.indexOf('.', dot + 1) < 0) {
            return null;
        }
        return host.substring(dot + 1);
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }

    private String virtualHostBucket(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        String host = withoutPort(hostHeader.toLowerCase(Locale.ROOT));
        for (String domain : virtualHostDomains) {
            String label = bucketLabel(host, domain);
            if (label != null) {
                return label;
            }
        }
        return serviceDomainBucket(host);
    }

    /** {@code bkt} of {@code bkt.<region endpoint>.aliyuncs.com}; null for an endpoint without a bucket label. */
    private static String serviceDomainBucket(String host) {
        if (!host.endsWith("." + SERVICE_DOMAIN)) {
            return null;
        }
        String endpoint = host.substring(0, host.length() - SERVICE_DOMAIN.length() - 1);
        int dot = endpoint.indexOf('.');
        return dot > 0 && dot < endpoint.length() - 1 ? endpoint.substring(0, dot) : null;
    }

    private static String bucketLabel(String host, String domain) {
        if (host.endsWith("." + domain)) {
            String label = host.substring(0, host.length() - domain.length() - 1);
            if (!label.isEmpty() && label.indexOf('.') < 0) {
                return label;
            }
        }
        return null;
    }
}

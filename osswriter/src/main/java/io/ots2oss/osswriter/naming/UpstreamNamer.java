package io.ots2oss.osswriter.naming;

/** Upstream's names: {@code <object>__<uuid>}, then {@code _k} for the k-th roll, then the extension. */
public final class UpstreamNamer implements ObjectNamer {
    private final String base;
    private final String extension;

    public UpstreamNamer(String object, String uuid, String extension) {
        this.base = object + "__" + uuid;
        this.extension = extension;
    }

    @Override
    public String nameFor(int roll) {
        return roll == 0 ? base + extension : base + "_" + roll + extension;
    }

    @Override
    public String commonPrefix() {
        return base;
    }
}

package io.ots2oss.testkit.testlibs;

/** Packed into one test plugin's libs/: visible to that plugin only. */
public final class PrivateLib {

    private PrivateLib() {
    }
}

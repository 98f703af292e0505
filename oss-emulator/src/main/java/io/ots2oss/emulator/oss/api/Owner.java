package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.Xml;

/** The single account that owns everything in the emulator. */
final class Owner {
    static final String ID = "1000000000000000";
    static final String DISPLAY_NAME = "oss-emulator";

    private Owner() {
    }

    static Xml write(Xml xml) {
        return xml.start("Owner").element("ID", ID).element("DisplayName", DISPLAY_NAME).end();
    }
}

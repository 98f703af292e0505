package io.ots2oss.osswriter.it;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a fresh {@link WriterJobFixture}: its own DataX home and OSS emulator. */
abstract class WriterJobTestBase {
    @TempDir
    Path dir;
    WriterJobFixture fixture;

    /** Whether the emulator demands an STS token besides the AccessKey pair. */
    boolean usesStsCredentials() {
        return false;
    }

    @BeforeEach
    void startFixture() {
        fixture = new WriterJobFixture(dir, usesStsCredentials());
    }

    @AfterEach
    void stopFixture() {
        fixture.close();
    }
}

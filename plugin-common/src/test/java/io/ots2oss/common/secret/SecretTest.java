package io.ots2oss.common.secret;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretTest {

    @Test
    void toStringIsMasked() {
        assertEquals("******", Secret.of("key").toString());
    }

    @Test
    void concatenationDoesNotLeak() {
        assertEquals("accessKey=******", "accessKey=" + Secret.of("key"));
    }

    @Test
    void revealReturnsTheValue() {
        assertEquals("key", Secret.of("key").reveal());
    }

    @Test
    void equalValuesAreEqual() {
        assertEquals(Secret.of("key"), Secret.of("key"));
        assertEquals(Secret.of("key").hashCode(), Secret.of("key").hashCode());
    }

    @Test
    void differentValuesDiffer() {
        assertNotEquals(Secret.of("a"), Secret.of("b"));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertTrue(Secret.of(null).isEmpty());
        assertTrue(Secret.of("").isEmpty());
    }
}

package io.ots2oss.emulator.oss.store;

/** The value of {@code x-oss-object-type}. */
public enum ObjectType {
    Normal, Multipart, Appendable
}

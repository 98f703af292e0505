package io.ots2oss.tools.dataworks;

/** A script the converter refuses; the message says what to change. */
public final class ConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message);
    }
}

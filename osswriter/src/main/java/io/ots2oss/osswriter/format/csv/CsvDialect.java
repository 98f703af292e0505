package io.ots2oss.osswriter.format.csv;

import java.util.Arrays;
import java.util.List;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.config.Keys;

/**
 * How CSV values are delimited, quoted and escaped: RFC 4180 by default, changed by upstream's {@code csvWriterConfig}
 * keys with upstream's meaning. What upstream would silently ignore (an unknown key, a value its CSV writer cannot
 * take) and settings whose output could not be split back into the same values are refused when the job starts.
 */
final class CsvDialect {
    static final String CSV_WRITER_CONFIG = "csvWriterConfig";
    static final String DELIMITER = "delimiter";
    static final String RECORD_DELIMITER = "recordDelimiter";
    static final String TEXT_QUALIFIER = "textQualifier";
    static final String USE_TEXT_QUALIFIER = "useTextQualifier";
    static final String ESCAPE_MODE = "escapeMode";
    static final String FORCE_QUALIFIER = "forceQualifier";
    static final String COMMENT = "comment";
    private static final List<String> KEYS = Arrays.asList(DELIMITER, RECORD_DELIMITER, TEXT_QUALIFIER, USE_TEXT_QUALIFIER,
            ESCAPE_MODE, FORCE_QUALIFIER, COMMENT);
    private static final int ESCAPE_DOUBLED = 1;
    private static final int ESCAPE_BACKSLASH = 2;

    final char delimiter;
    final String recordDelimiter;
    final char qualifier;
    final boolean useQualifier;
    final boolean backslashEscapes;
    final boolean forceQualifier;
    /** A first field starting with this character is protected; null for none (our default; upstream's is '#'). */
    final Character comment;

    private CsvDialect(char delimiter, String recordDelimiter, char qualifier, boolean useQualifier, boolean backslashEscapes,
                       boolean forceQualifier, Character comment) {
        this.delimiter = delimiter;
        this.recordDelimiter = recordDelimiter;
        this.qualifier = qualifier;
        this.useQualifier = useQualifier;
        this.backslashEscapes = backslashEscapes;
        this.forceQualifier = forceQualifier;
        this.comment = comment;
    }

    /** The dialect that {@code fieldDelimiter}, {@code lineDelimiter} and {@code csvWriterConfig} describe. */
    static CsvDialect parse(KeyReader params, FormatConfig shared) {
        KeyReader custom = params.object(CSV_WRITER_CONFIG, "a JSON object with some of the keys " + KEYS);
        if (custom == null) {
            custom = new KeyReader(null);
        }
        for (String key : custom.keys()) {
            if (!KEYS.contains(key)) {
                throw new ConfigError(custom.name(key), "Job key '" + custom.name(key) + "' is not a property of upstream's CSV"
                        + " writer, which would silently ignore it: use only " + KEYS + ".");
            }
        }
        Setting delimiter = present(custom, DELIMITER) ? new Setting(custom, DELIMITER) : new Setting(params, Keys.FIELD_DELIMITER, shared.fieldDelimiter());
        Setting qualifier = present(custom, TEXT_QUALIFIER) ? new Setting(custom, TEXT_QUALIFIER) : new Setting(custom, TEXT_QUALIFIER, "\"");
        String recordDelimiter = present(custom, RECORD_DELIMITER) ? custom.verbatim(RECORD_DELIMITER) : shared.lineDelimiter();
        if (recordDelimiter.isEmpty()) {
            throw custom.illegal(RECORD_DELIMITER, recordDelimiter, "a non-empty record delimiter such as \\n");
        }
        boolean backslash = custom.intInRange(ESCAPE_MODE, ESCAPE_DOUBLED, ESCAPE_DOUBLED, ESCAPE_BACKSLASH) == ESCAPE_BACKSLASH;
        checkUnambiguous(delimiter, qualifier, recordDelimiter, backslash);
        return new CsvDialect(delimiter.character(), recordDelimiter, qualifier.character(), custom.bool(USE_TEXT_QUALIFIER, true),
                backslash, custom.bool(FORCE_QUALIFIER, false),
                present(custom, COMMENT) ? Character.valueOf(new Setting(custom, COMMENT).character()) : null);
    }

    /** Whitespace counts: a tab or a line feed is a valid delimiter. */
    private static boolean present(KeyReader keys, String key) {
        return keys.verbatim(key) != null;
    }

    private static void checkUnambiguous(Setting delimiter, Setting qualifier, String recordDelimiter, boolean backslash) {
        char d = delimiter.character();
        char q = qualifier.character();
        if (isLineBreak(d) || recordDelimiter.indexOf(d) >= 0) {
            throw delimiter.illegal("a character that is neither CR, LF nor part of the record delimiter");
        }
        if (q == d || isLineBreak(q) || recordDelimiter.indexOf(q) >= 0) {
            throw (qualifier.explicit() ? qualifier : delimiter).illegal(
                    "a character other than the quote character, the field delimiter, CR, LF and the record delimiter");
        }
        if (backslash && (d == '\\' || q == '\\')) {
            throw (d == '\\' ? delimiter : qualifier).illegal("a character other than the backslash when escapeMode is 2");
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n';
    }

    /** The field and record delimiters as text, for the shared delimited-writer machinery. */
    FormatConfig applyTo(FormatConfig shared) {
        return shared.withDelimiters(String.valueOf(delimiter), recordDelimiter);
    }

    /** A one-character setting and the key it came from, so that errors name the key the job wrote. */
    private static final class Setting {
        private final String name;
        private final String value;
        private final boolean explicit;

        Setting(KeyReader keys, String key) {
            this(keys.name(key), keys.verbatim(key), true);
        }

        Setting(KeyReader keys, String key, String value) {
            this(keys.name(key), value, keys.verbatim(key) != null);
        }

        private Setting(String name, String value, boolean explicit) {
            this.name = name;
            this.value = value;
            this.explicit = explicit;
            if (value.length() != 1) {
                throw illegal("exactly one character for fileFormat csv");
            }
        }

        char character() {
            return value.charAt(0);
        }

        boolean explicit() {
            return explicit;
        }

        ConfigError illegal(String expected) {
            return ConfigError.illegal(name, value, expected);
        }
    }
}

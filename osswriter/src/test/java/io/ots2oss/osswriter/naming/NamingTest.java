package io.ots2oss.osswriter.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.task.Namers;
import io.ots2oss.osswriter.task.ObjectNameCheck;

class NamingTest {
    private static final String UUID = "0123456789abcdef0123456789abcdef";

    private static ObjectNamer namer(Params params, Properties properties) {
        return Namers.forTask(params.parse(), 3, UUID, properties);
    }

    @Test
    void firstObjectIsObjectUnderscoreUnderscoreUuid() {
        assertEquals("out/data__" + UUID, namer(Params.minimal(), new Properties()).nameFor(0));
    }

    @Test
    void rollsAppendTheirNumber() {
        assertEquals("out/data__" + UUID + "_1", namer(Params.minimal(), new Properties()).nameFor(1));
        assertEquals("out/data__" + UUID + "_12", namer(Params.minimal(), new Properties()).nameFor(12));
    }

    @Test
    void suffixComesLast() {
        ObjectNamer namer = namer(Params.minimal().with("suffix", "csv"), new Properties());
        assertEquals("out/data__" + UUID + ".csv", namer.nameFor(0));
        assertEquals("out/data__" + UUID + "_2.csv", namer.nameFor(2));
    }

    @Test
    void compressionExtensionWhenSuffixUnset() {
        assertEquals("out/data__" + UUID + "_1.gz", namer(Params.minimal().with("compress", "gzip"), new Properties()).nameFor(1));
    }

    @Test
    void templateUsesBuiltInVariables() {
        ObjectNamer namer = namer(Params.minimal().with("fileFormat", "csv").with("compress", "gzip")
                .with("objectNameTemplate", "${object}/part-${taskId}-${roll}${ext}"), new Properties());
        assertEquals("out/data/part-3-0.csv.gz", namer.nameFor(0));
        assertEquals("out/data/part-3-4.csv.gz", namer.nameFor(4));
    }

    @Test
    void templateReadsWindowVariablesFromParameters() {
        Properties properties = new Properties();
        properties.setProperty("window_start", "20240101T0000");
        ObjectNamer namer = namer(Params.minimal().with("objectNameTemplate", "${object}/w=${window_start}/${taskId}.txt"), properties);
        assertEquals("out/data/w=20240101T0000/3.txt", namer.nameFor(0));
    }

    @Test
    void templateWithoutRollInsertsRollBeforeExtension() {
        ObjectNamer namer = namer(Params.minimal().with("fileFormat", "csv").with("objectNameTemplate", "${object}/${taskId}${ext}"), new Properties());
        assertEquals("out/data/3.csv", namer.nameFor(0));
        assertEquals("out/data/3_1.csv", namer.nameFor(1));
    }

    @Test
    void unknownTemplateVariableIsNamed() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> namer(Params.minimal().with("objectNameTemplate", "${object}/${day}/${taskId}"), new Properties()));
        assertTrue(e.getMessage().contains("${day}"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dday="), e.getMessage());
    }

    @Test
    void rolledAndSuffixedNamesThatWouldExceedOssLimitAreRefusedAtStart() {
        WriterConfig config = Params.minimal().with("object", "x".repeat(980)).with("suffix", ".csv.gz").parse();
        ConfigError e = assertThrows(ConfigError.class, () -> ObjectNameCheck.check(config, new Properties()));
        assertEquals("object", e.key());
        assertTrue(e.getMessage().contains("1023"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, "a " + e.getMessage().length() + "-character message");
    }

    @Test
    void namesWithinTheLimitPass() {
        WriterConfig config = Params.minimal().with("object", "x".repeat(900)).with("suffix", ".csv.gz").parse();
        ObjectNameCheck.check(config, new Properties());
    }

    @Test
    void templateLongestNameIsCheckedWithItsParameters() {
        Properties properties = new Properties();
        properties.setProperty("day", "d".repeat(1000));
        WriterConfig config = Params.minimal().with("objectNameTemplate", "${object}/${day}/${taskId}").parse();
        ConfigError e = assertThrows(ConfigError.class, () -> ObjectNameCheck.check(config, properties));
        assertEquals("objectNameTemplate", e.key());
    }

    @Test
    void templateParameterThatClimbsOutOfThePrefixIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("day", "../elsewhere");
        WriterConfig config = Params.minimal().with("objectNameTemplate", "${object}/${day}/${taskId}").parse();
        ConfigError e = assertThrows(ConfigError.class, () -> ObjectNameCheck.check(config, properties));
        assertEquals("objectNameTemplate", e.key());
        assertTrue(e.getMessage().contains(".."), e.getMessage());
    }

    @Test
    void singleObjectTemporaryPiecesCountToo() {
        WriterConfig config = Params.minimal().with("writeSingleObject", true).with("writeMode", "truncate")
                .with("object", "x".repeat(1000)).parse();
        assertEquals("object", assertThrows(ConfigError.class, () -> ObjectNameCheck.check(config, new Properties())).key());
    }
}

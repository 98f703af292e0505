package io.ots2oss.osswriter.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;
import io.ots2oss.osswriter.task.Namers;

/** Upstream's {@code partition}: the last N values of an object's first record, last column first, in its name. */
class PartitionNamingTest {
    private static final String UUID = "0123456789abcdef0123456789abcdef";
    private static final TestRecord FIRST = TestRecord.of(new LongColumn(7L), new StringColumn("20240101"), new StringColumn("hz"));

    private static ObjectNamer namer(Params params) {
        return Namers.forTask(params.parse(), 0, UUID, new Properties());
    }

    private static Params partition(String json) {
        return Params.minimal().withJson("partition", json);
    }

    @Test
    void valuesOfTheLastColumnsComeLastColumnFirstWithoutSeparator() {
        assertEquals("out/data__" + UUID + "_hz20240101", namer(partition("[\"dt\",\"region\"]")).nameFor(0, FIRST));
    }

    @Test
    void onlyTheNumberOfEntriesMatters() {
        assertEquals("out/data__" + UUID + "_hz", namer(partition("[\"anything\"]")).nameFor(0, FIRST));
    }

    @Test
    void rollNumberAndExtensionFollowThePartitionValues() {
        assertEquals("out/data__" + UUID + "_hz_2.csv.gz", namer(partition("[\"region\"]").with("suffix", "csv.gz")).nameFor(2, FIRST));
    }

    @Test
    void nullValueReadsNullAsUpstream() {
        assertEquals("out/data__" + UUID + "_null", namer(partition("[\"x\"]")).nameFor(0, TestRecord.of(new StringColumn(null))));
    }

    @Test
    void objectWithoutRecordsHasNoPartitionValues() {
        assertEquals("out/data__" + UUID, namer(partition("[\"x\"]")).nameFor(0, null));
    }

    @Test
    void recordNarrowerThanThePartitionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> namer(partition("[\"a\",\"b\"]")).nameFor(0, TestRecord.of(new LongColumn(1L))));
        assertTrue(e.getMessage().contains("partition"), e.getMessage());
    }

    @Test
    void emptyListMeansNoPartition() {
        assertEquals("out/data__" + UUID, namer(partition("[]")).nameFor(0, FIRST));
    }

    @Test
    void singleObjectIgnoresPartitionAsUpstream() {
        assertEquals(0, partition("[\"x\"]").with("writeSingleObject", true).with("writeMode", "truncate").parse().partitionColumns());
    }

    @Test
    void aPlainStringIsRefused() {
        ConfigError e = assertThrows(ConfigError.class, () -> Params.minimal().with("partition", "dt,region").parse());
        assertEquals("partition", e.key());
    }

    @Test
    void templateNamesCannotTakeAPartition() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> partition("[\"x\"]").with("objectNameTemplate", "${object}/${taskId}").parse());
        assertEquals("partition", e.key());
        assertTrue(e.getMessage().contains("objectNameTemplate"), e.getMessage());
    }
}

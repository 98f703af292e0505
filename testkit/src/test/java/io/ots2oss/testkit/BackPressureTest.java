package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.events;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackPressureTest {

    private static final int CAPACITY = 16;
    private static final int BUFFER_SIZE = 4;
    private static final int RECORDS = 5_000;
    /** Reader buffer + channel + writer buffer, plus the record being sent. */
    private static final long BOUND = CAPACITY + 2L * BUFFER_SIZE + 1;

    @TempDir
    Path dir;

    private List<String> runWithStalledWriter(Map<String, Object> channelCore) {
        DataxHome home = TestJobs.homeWithRecordingPlugins(dir);
        Path events = dir.resolve("events.log");
        String counter = "testkit.backpressure." + UUID.randomUUID();
        JobResult result = new JobRunner(home).run(job(
                "recordingreader", Map.of("events", events.toString(), "records", RECORDS, "slices", 1,
                        "sentCounter", counter, "payloadChars", 100),
                "recordingwriter", Map.of("events", events.toString(), "sentCounter", counter,
                        "waitForSent", RECORDS, "waitMillis", 1_000),
                channels(1), Map.of("transport", Map.of(
                        "channel", channelCore,
                        "exchanger", Map.of("bufferSize", BUFFER_SIZE)))), Map.of());
        System.getProperties().remove(counter);
        assertTrue(result.succeeded(), result::toString);
        assertEquals(RECORDS, result.writeRecords());
        return events(events);
    }

    private static long noted(List<String> events, String key) {
        for (String event : events) {
            for (String part : event.split(" ")) {
                if (part.startsWith(key + "=")) {
                    return Long.parseLong(part.substring(key.length() + 1));
                }
            }
        }
        throw new AssertionError(key + " not in " + events);
    }

    @Test
    void aStalledWriterStopsTheReaderAtTheChannelsRecordCapacity() {
        List<String> events = runWithStalledWriter(Map.of("capacity", CAPACITY));

        assertTrue(noted(events, "sentBeforeFirstRead") <= BOUND, events::toString);
        assertTrue(noted(events, "maxInFlight") <= BOUND, events::toString);
    }

    @Test
    void aStalledWriterStopsTheReaderAtTheChannelsByteCapacity() {
        // each record: 80 + 2 * 24 + 8 + 100 = 236 bytes of memory size; 10 KB holds 43 of them
        List<String> events = runWithStalledWriter(Map.of("capacity", 512, "byteCapacity", 10_240));

        long byteBound = 10_240 / 236 + 2L * BUFFER_SIZE + 1;
        assertTrue(noted(events, "sentBeforeFirstRead") <= byteBound, events::toString);
        assertTrue(noted(events, "maxInFlight") <= byteBound, events::toString);
    }
}

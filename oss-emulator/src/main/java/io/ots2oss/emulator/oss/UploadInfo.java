package io.ots2oss.emulator.oss;

import java.time.Instant;
import java.util.List;

/** A multipart upload that was initiated and neither completed nor aborted. */
public record UploadInfo(String key, String uploadId, Instant initiated, List<Integer> partNumbers) {
}

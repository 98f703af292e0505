package io.ots2oss.osswriter.single;

/**
 * How the tasks of a single-object job share one multipart upload without sharing memory:
 * task i owns part numbers {@code base(i)+1 .. base(i)+span-1} for its middle (full) parts and leaves
 * its first and last pieces as temporary objects; {@code base(i)} and part 10,000 are the committer's, which
 * joins pieces into parts of at least the minimum size in the job's {@code post}.
 */
public final class SingleObjectLayout {
    public static final int LAST_PART = 10000;

    private final String object;
    private final String uploadId;
    private final int tasks;
    private final int span;

    public SingleObjectLayout(String object, String uploadId, int tasks) {
        if (tasks < 1 || (LAST_PART - 1) / tasks < 2) {
            throw new IllegalArgumentException("writeSingleObject supports at most " + ((LAST_PART - 1) / 2) + " tasks, not " + tasks);
        }
        this.object = object;
        this.uploadId = uploadId;
        this.tasks = tasks;
        this.span = (LAST_PART - 1) / tasks;
    }

    public String object() {
        return object;
    }

    public String uploadId() {
        return uploadId;
    }

    public int tasks() {
        return tasks;
    }

    /** The committer's part number for the pieces that precede task {@code task}'s middle parts. */
    public int base(int task) {
        return 1 + task * span;
    }

    /** The highest part number task {@code task} may use itself. */
    public int lastTaskPart(int task) {
        return base(task) + span - 1;
    }

    /** The prefix of every temporary piece of this upload. */
    public String piecePrefix() {
        return temporaryPrefixOf(object) + uploadId + "/";
    }

    /** The prefix of the temporary pieces of every single-object upload of {@code object}. */
    public static String temporaryPrefixOf(String object) {
        return object + ".osswriter-tmp-";
    }

    public String firstPiece(int task) {
        return piecePrefix() + task + "-first";
    }

    public String lastPiece(int task) {
        return piecePrefix() + task + "-last";
    }
}

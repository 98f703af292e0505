package io.ots2oss.osswriter.naming;

import com.alibaba.datax.common.element.Record;

/** Names the objects of one task; {@code roll} counts from 0 for the task's first object. */
public interface ObjectNamer {
    String nameFor(int roll);

    /** The name of an object whose first record is {@code first} (null for an object without records). */
    default String nameFor(int roll, Record first) {
        return nameFor(roll);
    }

    /** A prefix every name of this task starts with, for the collision check. */
    String commonPrefix();

    /**
     * Whether {@link #commonPrefix()} belongs to this task alone (it holds a uuid no existing key started with), so
     * that its objects can be found by listing it even where a name is not known in advance ({@code partition}).
     */
    default boolean ownsCommonPrefix() {
        return false;
    }
}

package io.ots2oss.osswriter.naming;

/** Names the objects of one task; {@code roll} counts from 0 for the task's first object. */
public interface ObjectNamer {
    String nameFor(int roll);

    /** A prefix every name of this task starts with, for the collision check. */
    String commonPrefix();
}

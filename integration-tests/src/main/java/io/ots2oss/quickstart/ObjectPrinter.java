package io.ots2oss.quickstart;

import io.ots2oss.e2e.BucketView;
import io.ots2oss.e2e.StoredObject;

import java.io.PrintStream;
import java.util.List;

/** Prints the objects under a prefix with their first lines, as {@code ossutil ls} plus {@code head} would. */
final class ObjectPrinter {
    private static final int FIRST_LINES = 4;

    private final BucketView bucket;
    private final PrintStream out;

    ObjectPrinter(BucketView bucket, PrintStream out) {
        this.bucket = bucket;
        this.out = out;
    }

    void print(String prefix) {
        List<StoredObject> objects = bucket.objects(prefix);
        out.println(objects.size() + " object(s) under " + prefix + ":");
        for (StoredObject object : objects) {
            out.println("  " + object.key() + "  (" + object.size() + " bytes, " + object.lines().size() + " lines)");
            for (String line : object.firstLines(FIRST_LINES)) {
                out.println("      " + line);
            }
            if (object.lines().size() > FIRST_LINES) {
                out.println("      ...");
            }
        }
    }
}

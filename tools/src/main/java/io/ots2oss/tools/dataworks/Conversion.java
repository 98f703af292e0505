package io.ots2oss.tools.dataworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

/** A converted job: the DataX job file, what was dropped or changed, and the variables the job expects via -p. */
public final class Conversion {
    private final JSONObject job;
    private final List<String> notes;
    private final Set<String> variables;

    Conversion(JSONObject job, List<String> notes, Set<String> variables) {
        this.job = job;
        this.notes = Collections.unmodifiableList(new ArrayList<String>(notes));
        this.variables = Collections.unmodifiableSet(new TreeSet<String>(variables));
    }

    public JSONObject job() {
        return job;
    }

    public String jobJson() {
        return job.toJSONString(JSONWriter.Feature.PrettyFormat) + "\n";
    }

    public List<String> notes() {
        return notes;
    }

    /** Names of the {@code ${...}} variables left for DataX's {@code -p}. */
    public Set<String> variables() {
        return variables;
    }
}

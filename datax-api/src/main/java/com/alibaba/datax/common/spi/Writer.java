package com.alibaba.datax.common.spi;

import com.alibaba.datax.common.base.BaseObject;
import com.alibaba.datax.common.plugin.AbstractJobPlugin;
import com.alibaba.datax.common.plugin.AbstractTaskPlugin;
import com.alibaba.datax.common.plugin.RecordReceiver;
import com.alibaba.datax.common.util.Configuration;

import java.util.List;

/** A writer plugin: an outer class whose nested Job splits the work and whose nested Task writes it. */
public abstract class Writer extends BaseObject {

    public abstract static class Job extends AbstractJobPlugin {
        /** Must return exactly {@code mandatoryNumber} task configurations (one per reader task). */
        public abstract List<Configuration> split(int mandatoryNumber);
    }

    public abstract static class Task extends AbstractTaskPlugin {
        public abstract void startWrite(RecordReceiver lineReceiver);

        /** Whether core may re-run a failed task; false unless a writer is idempotent. */
        public boolean supportFailOver() {
            return false;
        }
    }
}

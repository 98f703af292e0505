package com.alibaba.datax.common.spi;

import com.alibaba.datax.common.base.BaseObject;
import com.alibaba.datax.common.plugin.AbstractJobPlugin;
import com.alibaba.datax.common.plugin.AbstractTaskPlugin;
import com.alibaba.datax.common.plugin.RecordSender;
import com.alibaba.datax.common.util.Configuration;

import java.util.List;

/** A reader plugin: an outer class whose nested Job splits the work and whose nested Task reads it. */
public abstract class Reader extends BaseObject {

    public abstract static class Job extends AbstractJobPlugin {
        /** Splits the job into task configurations; {@code adviceNumber} is the channel count core suggests. */
        public abstract List<Configuration> split(int adviceNumber);
    }

    public abstract static class Task extends AbstractTaskPlugin {
        public abstract void startRead(RecordSender recordSender);
    }
}

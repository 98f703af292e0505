package com.alibaba.datax.common.plugin;

import com.alibaba.datax.common.element.Record;

/** Where a task reports dirty records (counted against errorLimit) and free-form messages. */
public abstract class TaskPluginCollector implements PluginCollector {

    public abstract void collectDirtyRecord(Record dirtyRecord, Throwable t, String errorMessage);

    public void collectDirtyRecord(Record dirtyRecord, String errorMessage) {
        this.collectDirtyRecord(dirtyRecord, null, errorMessage);
    }

    public void collectDirtyRecord(Record dirtyRecord, Throwable t) {
        this.collectDirtyRecord(dirtyRecord, t, "");
    }

    public abstract void collectMessage(String key, String value);
}

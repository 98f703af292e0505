package com.alibaba.datax.common.plugin;

/** Marker for the collectors core hands to plugins. */
public interface PluginCollector {
}

package com.alibaba.datax.common.plugin;

import com.alibaba.datax.common.base.BaseObject;
import com.alibaba.datax.common.util.Configuration;

import java.util.List;

/** Holds what core injects into every plugin; lifecycle hooks other than init/destroy default to no-ops. */
public abstract class AbstractPlugin extends BaseObject implements Pluginable {

    private Configuration pluginJobConf;
    private Configuration pluginConf;
    private Configuration peerPluginJobConf;
    private String peerPluginName;
    private List<Configuration> readerPluginSplitConf;

    @Override
    public String getPluginName() {
        return pluginConfString("name");
    }

    @Override
    public String getDeveloper() {
        return pluginConfString("developer");
    }

    @Override
    public String getDescription() {
        return pluginConfString("description");
    }

    private String pluginConfString(String key) {
        return this.pluginConf == null ? null : this.pluginConf.getString(key);
    }

    @Override
    public Configuration getPluginJobConf() {
        return pluginJobConf;
    }

    @Override
    public void setPluginJobConf(Configuration pluginJobConf) {
        this.pluginJobConf = pluginJobConf;
    }

    @Override
    public void setPluginConf(Configuration pluginConf) {
        this.pluginConf = pluginConf;
    }

    @Override
    public Configuration getPeerPluginJobConf() {
        return peerPluginJobConf;
    }

    @Override
    public void setPeerPluginJobConf(Configuration peerPluginJobConf) {
        this.peerPluginJobConf = peerPluginJobConf;
    }

    @Override
    public String getPeerPluginName() {
        return peerPluginName;
    }

    @Override
    public void setPeerPluginName(String peerPluginName) {
        this.peerPluginName = peerPluginName;
    }

    public void preCheck() {
    }

    public void prepare() {
    }

    public void post() {
    }

    public void preHandler(Configuration jobConfiguration) {
    }

    public void postHandler(Configuration jobConfiguration) {
    }

    public List<Configuration> getReaderPluginSplitConf() {
        return this.readerPluginSplitConf;
    }

    public void setReaderPluginSplitConf(List<Configuration> readerPluginSplitConf) {
        this.readerPluginSplitConf = readerPluginSplitConf;
    }
}

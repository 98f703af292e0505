package io.ots2oss.e2e;

import io.ots2oss.testkit.DataxHome;

import java.nio.file.Path;

/** Installs the packaged reader and writer into a DataX home, the way a user unpacks them into $DATAX_HOME/plugin. */
public final class PluginInstall {
    private PluginInstall() {
    }

    public static DataxHome freshHome(Path dir, PluginTree tree) {
        DataxHome home = DataxHome.create(dir);
        home.installPlugin(tree.reader());
        home.installPlugin(tree.writer());
        return home;
    }
}

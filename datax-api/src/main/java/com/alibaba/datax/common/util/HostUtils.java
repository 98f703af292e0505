package com.alibaba.datax.common.util;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The local host's address and name, resolved once. */
public class HostUtils {

    public static final String IP;
    public static final String HOSTNAME;

    static {
        String ip = "UNKNOWN";
        String hostname = "UNKNOWN";
        try {
            InetAddress local = InetAddress.getLocalHost();
            ip = local.getHostAddress();
            hostname = local.getHostName();
        } catch (UnknownHostException ignored) {
            // keep UNKNOWN: a missing name must not stop a job
        }
        IP = ip;
        HOSTNAME = hostname;
    }
}

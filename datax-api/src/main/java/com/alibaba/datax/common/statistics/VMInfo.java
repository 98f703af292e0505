package com.alibaba.datax.common.statistics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;
import java.lang.reflect.Method;

/** JVM facts and GC totals that DataX prints at the start and end of a job. */
public class VMInfo {

    public static Object lock = new Object();

    private static volatile VMInfo vmInfo;

    private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long lastGcCount;
    private long lastGcTimeMs;
    private long totalGcCount;
    private long totalGcTimeMs;

    private VMInfo() {
    }

    public static VMInfo getVmInfo() {
        if (vmInfo == null) {
            synchronized (lock) {
                if (vmInfo == null) {
                    vmInfo = new VMInfo();
                }
            }
        }
        return vmInfo;
    }

    @Override
    public String toString() {
        return String.format("the machine info  => %n%n\tosInfo:\t%s %s %s%n\tjvmInfo:\t%s %s %s%n\tcpu num:\t%d%n",
                os.getName(), os.getArch(), os.getVersion(), runtime.getVmVendor(), runtime.getSpecVersion(),
                runtime.getVmVersion(), os.getAvailableProcessors());
    }

    public synchronized String totalString() {
        return String.format("%n\t GC total count: %d, GC total time: %.3fs%n", totalGcCount, totalGcTimeMs / 1000.0);
    }

    public void getDelta() {
        getDelta(true);
    }

    public synchronized void getDelta(boolean print) {
        long count = 0;
        long timeMs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            timeMs += Math.max(0, gc.getCollectionTime());
        }
        totalGcCount += count - lastGcCount;
        totalGcTimeMs += timeMs - lastGcTimeMs;
        lastGcCount = count;
        lastGcTimeMs = timeMs;
    }

    public static boolean isSunOsMBean(OperatingSystemMXBean operatingSystem) {
        String className = operatingSystem.getClass().getName();
        return "com.sun.management.OperatingSystem".equals(className)
                || "com.sun.management.UnixOperatingSystem".equals(className)
                || className.startsWith("com.sun.management.internal.");
    }

    /** Calls a no-argument getter such as {@code getTotalPhysicalMemorySize} by name; 0 when unavailable. */
    public static long getLongFromOperatingSystem(OperatingSystemMXBean operatingSystem, String methodName) {
        try {
            Method method = operatingSystem.getClass().getMethod(methodName);
            method.setAccessible(true);
            Object value = method.invoke(operatingSystem);
            return value instanceof Number ? ((Number) value).longValue() : 0L;
        } catch (Exception e) {
            return 0L;
        }
    }
}

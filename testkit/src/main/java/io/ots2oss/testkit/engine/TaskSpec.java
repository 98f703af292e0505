package io.ots2oss.testkit.engine;

/** One task: the i-th reader slice paired with the i-th writer slice (JSON text of each plugin's task conf). */
record TaskSpec(int taskId, String readerConf, String writerConf) {
}

package io.ots2oss.otsstreamreader;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import io.ots2oss.otsstreamreader.config.ConfigKeys;
import io.ots2oss.common.secret.Secret;
import io.ots2oss.otsstreamreader.stream.ShardInfo;
import io.ots2oss.otsstreamreader.stream.ShardListCodec;

import java.util.List;

/**
 * What the job hands each task: the user's parameters without secrets, plus the stream facts and owned shards.
 * The secrets stay in {@link CredentialVault}; the configuration only names their handle.
 */
final class TaskSpec {
    private static final String ROOT = "otsStreamTask";
    private static final String HANDLE = ROOT + ".credentialHandle";
    private static final String STREAM_ID = ROOT + ".streamId";
    private static final String VERSION = ROOT + ".version";
    private static final String EXPIRATION_HOURS = ROOT + ".expirationHours";
    private static final String ALL_SHARDS = ROOT + ".allShards";
    private static final String OWNED_SHARDS = ROOT + ".ownedShards";

    final String credentialHandle;
    final String streamId;
    final String version;
    final int expirationHours;
    final List<ShardInfo> allShards;
    final List<String> ownedShards;

    TaskSpec(String credentialHandle, String streamId, String version, int expirationHours,
             List<ShardInfo> allShards, List<String> ownedShards) {
        this.credentialHandle = credentialHandle;
        this.streamId = streamId;
        this.version = version;
        this.expirationHours = expirationHours;
        this.allShards = allShards;
        this.ownedShards = ownedShards;
    }

    Configuration toConfiguration(Configuration userParameter) {
        Configuration conf = withoutSecrets(userParameter);
        conf.set(HANDLE, credentialHandle);
        conf.set(STREAM_ID, streamId);
        conf.set(VERSION, version);
        conf.set(EXPIRATION_HOURS, expirationHours);
        conf.set(ALL_SHARDS, ShardListCodec.encode(allShards));
        conf.set(OWNED_SHARDS, JSON.toJSONString(ownedShards));
        return conf;
    }

    static TaskSpec from(Configuration conf) {
        return new TaskSpec(conf.getString(HANDLE), conf.getString(STREAM_ID), conf.getString(VERSION),
                conf.getInt(EXPIRATION_HOURS), ShardListCodec.decode(conf.getString(ALL_SHARDS)),
                JSON.parseArray(conf.getString(OWNED_SHARDS), String.class));
    }

    /** The user's parameters as the task must parse them: internal keys dropped, secrets put back from the vault. */
    static Configuration userParameter(Configuration taskConf) {
        Configuration user = taskConf.clone();
        if (user.get(ROOT) != null) {
            user.remove(ROOT);
        }
        Secret[] secrets = CredentialVault.withdraw(taskConf.getString(HANDLE));
        if (secrets != null) {
            user.set(ConfigKeys.ACCESS_KEY, secrets[0].reveal());
            if (secrets[1] != null) {
                user.set(ConfigKeys.SECURITY_TOKEN, secrets[1].reveal());
            }
        } else if (user.getString(ConfigKeys.DATASOURCE) == null) {
            throw DataXException.asDataXException(ReaderErrorCode.CONFIG_INVALID,
                    "This task runs in another JVM than its job, and the job's accessKey is never put into task "
                            + "configurations. Use 'datasource' with a catalog file readable by every worker, or run standalone.");
        }
        return user;
    }

    static Configuration withoutSecrets(Configuration parameter) {
        Configuration conf = parameter.clone();
        for (String key : ConfigKeys.SECRET_KEYS) {
            if (conf.get(key) != null) {
                conf.remove(key);
            }
        }
        return conf;
    }
}

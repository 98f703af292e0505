package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;

/** The capacity-unit figure replies must carry; the emulator charges one unit per row touched. */
final class Consumed {
    private Consumed() {
    }

    static OtsInternalApi.ConsumedCapacity of(int read, int write) {
        return OtsInternalApi.ConsumedCapacity.newBuilder()
                .setCapacityUnit(OtsInternalApi.CapacityUnit.newBuilder().setRead(read).setWrite(write))
                .build();
    }
}

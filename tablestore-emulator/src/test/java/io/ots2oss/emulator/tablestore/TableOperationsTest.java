package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.DeleteTableRequest;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.DescribeTableResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.StreamSpecification;
import com.alicloud.openservices.tablestore.model.TableOptions;
import com.alicloud.openservices.tablestore.model.UpdateTableRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableOperationsTest extends EmulatorTestSupport {

    @Test
    void createdTablesAreListedAndDescribedWithStreamDetails() {
        createTable("orders", 48);
        createTable("plain", false);

        assertEquals(List.of("orders", "plain"), List.copyOf(new java.util.TreeSet<>(client.listTable().getTableNames())));
        DescribeTableResponse described = client.describeTable(new DescribeTableRequest("orders"));
        assertEquals("orders", described.getTableMeta().getTableName());
        assertEquals(2, described.getTableMeta().getPrimaryKeyList().size());
        assertTrue(described.getStreamDetails().isEnableStream());
        assertEquals(48, described.getStreamDetails().getExpirationTime());
        assertFalse(client.describeTable(new DescribeTableRequest("plain")).getStreamDetails().isEnableStream());
    }

    @Test
    void creatingAnExistingTableIsRejected() {
        createTable("orders", false);
        TableStoreException e = assertThrows(TableStoreException.class, () -> createTable("orders", false));
        assertEquals("OTSObjectAlreadyExist", e.getErrorCode());
        assertEquals(409, e.getHttpStatus());
    }

    @Test
    void describingAMissingTableIsObjectNotExist() {
        TableStoreException e = assertThrows(TableStoreException.class,
                () -> client.describeTable(new DescribeTableRequest("missing")));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
        assertEquals(404, e.getHttpStatus());
    }

    @Test
    void updateTableEnablesAndDisablesTheStreamAndChangesRetention() {
        createTable("orders", false);
        UpdateTableRequest enable = new UpdateTableRequest("orders");
        enable.setStreamSpecification(new StreamSpecification(true, 12));
        client.updateTable(enable);
        String firstStream = client.listStream(new ListStreamRequest("orders")).getStreams().get(0).getStreamId();
        assertEquals(12, client.describeTable(new DescribeTableRequest("orders")).getStreamDetails().getExpirationTime());

        UpdateTableRequest disable = new UpdateTableRequest("orders");
        disable.setStreamSpecification(new StreamSpecification(false));
        client.updateTable(disable);
        assertTrue(client.listStream(new ListStreamRequest("orders")).getStreams().isEmpty());

        client.updateTable(enable);
        String secondStream = client.listStream(new ListStreamRequest("orders")).getStreams().get(0).getStreamId();
        assertNotEquals(firstStream, secondStream, "re-enabling creates a new stream");
    }

    @Test
    void updateTableChangesOptions() {
        createTable("orders", false);
        UpdateTableRequest update = new UpdateTableRequest("orders");
        TableOptions options = new TableOptions();
        options.setMaxVersions(3);
        update.setTableOptionsForUpdate(options);
        client.updateTable(update);
        assertEquals(3, client.describeTable(new DescribeTableRequest("orders")).getTableOptions().getMaxVersions());
    }

    @Test
    void deletedTableIsGone() {
        createTable("orders", true);
        client.deleteTable(new DeleteTableRequest("orders"));
        assertTrue(client.listTable().getTableNames().isEmpty());
        TableStoreException e = assertThrows(TableStoreException.class, () -> client.deleteTable(new DeleteTableRequest("orders")));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
    }
}

package io.ots2oss.emulator.tablestore.codec;

import com.alicloud.openservices.tablestore.core.protocol.PlainBufferBuilder;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCodedInputStream;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCodedOutputStream;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferConversion;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferInputStream;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferOutputStream;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** PlainBuffer in and out, through the SDK's own codec classes (which also verify and compute the CRC-8 checksums). */
public final class RowCodec {
    private static final int PLAIN_BUFFER_HEADER = 0x75;
    /** No PlainBuffer tag is zero, so a zero where a row's first tag belongs can only be padding. */
    private static final int PADDING = 0;

    private RowCodec() {
    }

    /** Decodes a buffer holding exactly one row. */
    public static PlainBufferRow decodeSingleRow(byte[] buffer) {
        List<PlainBufferRow> rows = decodeRows(buffer);
        if (rows.size() != 1) {
            throw OtsError.invalidParameter("Expect exactly one row in the row buffer, got " + rows.size() + ".");
        }
        return rows.get(0);
    }

    /**
     * Every row of a buffer. Zero bytes after the last row's checksum are accepted, as the service accepts them:
     * the Node.js SDK sizes its buffers generously and leaves that padding behind rows with cell timestamps,
     * one-version deletes, increments or infinite range bounds. Any other trailing byte is refused.
     */
    public static List<PlainBufferRow> decodeRows(byte[] buffer) {
        try {
            PlainBufferInputStream input = new PlainBufferInputStream(buffer);
            PlainBufferCodedInputStream coded = new PlainBufferCodedInputStream(input);
            if (coded.readHeader() != PLAIN_BUFFER_HEADER) {
                throw new IOException("Invalid header from plain buffer.");
            }
            coded.readTag();
            List<PlainBufferRow> rows = new ArrayList<>();
            while (!input.isAtEnd() && coded.getLastTag() != PADDING) {
                rows.add(coded.readRow());
            }
            while (!input.isAtEnd()) {
                if (input.readRawByte() != PADDING) {
                    throw new IOException("Unexpected bytes after the last row.");
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw OtsError.invalidParameter("Invalid PlainBuffer row: " + e.getMessage());
        }
    }

    public static PrimaryKey decodePrimaryKey(byte[] buffer) {
        return primaryKeyOf(decodeSingleRow(buffer));
    }

    public static PrimaryKey primaryKeyOf(PlainBufferRow row) {
        try {
            return PlainBufferConversion.toPrimaryKey(row.getPrimaryKey());
        } catch (IOException e) {
            throw OtsError.invalidParameter("Invalid primary key: " + e.getMessage());
        }
    }

    public static List<PlainBufferCell> primaryKeyCells(PrimaryKey pk) {
        List<PlainBufferCell> cells = new ArrayList<>(pk.size());
        for (PrimaryKeyColumn column : pk.getPrimaryKeyColumns()) {
            PlainBufferCell cell = new PlainBufferCell();
            cell.setCellName(column.getName());
            cell.setPkCellValue(column.getValue());
            cells.add(cell);
        }
        return cells;
    }

    /** A data cell; {@code op} is a PlainBuffer cell op byte or null for a put. */
    public static PlainBufferCell dataCell(String name, ColumnValue value, Long timestamp, Byte op) {
        PlainBufferCell cell = new PlainBufferCell();
        cell.setCellName(name);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (op != null) {
            cell.setCellType(op);
        }
        if (timestamp != null) {
            cell.setCellTimestamp(timestamp);
        }
        return cell;
    }

    public static byte[] encodeRow(PlainBufferRow row) {
        try {
            PlainBufferOutputStream out = new PlainBufferOutputStream(PlainBufferBuilder.computePlainBufferRowWithHeader(row));
            new PlainBufferCodedOutputStream(out).writeRowWithHeader(row);
            return out.getBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode row", e);
        }
    }

    /** One header followed by every row (GetRange's {@code rows}); empty when there are no rows. */
    public static byte[] encodeRows(List<PlainBufferRow> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        try {
            int size = 4;
            for (PlainBufferRow row : rows) {
                size += PlainBufferBuilder.computePlainBufferRow(row);
            }
            PlainBufferOutputStream out = new PlainBufferOutputStream(size);
            PlainBufferCodedOutputStream coded = new PlainBufferCodedOutputStream(out);
            coded.writeHeader();
            for (PlainBufferRow row : rows) {
                coded.writeRow(row);
            }
            return out.getBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode rows", e);
        }
    }

    public static byte[] encodePrimaryKey(PrimaryKey pk) {
        return encodeRow(new PlainBufferRow(primaryKeyCells(pk), new ArrayList<>(), false));
    }
}

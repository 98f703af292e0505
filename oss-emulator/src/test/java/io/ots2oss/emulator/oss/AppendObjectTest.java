package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.utils.CRC64;
import com.aliyun.oss.model.AppendObjectRequest;
import com.aliyun.oss.model.AppendObjectResult;
import com.aliyun.oss.model.ObjectMetadata;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppendObjectTest extends EmulatorTestSupport {

    @Test
    void appendsChainThroughTheNextPosition() {
        AppendObjectResult first = append("log", "hello ".getBytes(), 0L, 0L);
        assertEquals(6L, first.getNextPosition());
        AppendObjectResult second = append("log", "world".getBytes(), 6L, first.getServerCRC());
        assertEquals(11L, second.getNextPosition());
        assertArrayEquals("hello world".getBytes(), emulator.objectBytes(bucket, "log"));
        assertEquals("Appendable", emulator.objectMetadata(bucket, "log").objectType());
    }

    @Test
    void appendReturnsCrcOfTheWholeObject() {
        AppendObjectResult first = append("crc", "abc".getBytes(), 0L, null);
        AppendObjectResult second = append("crc", "def".getBytes(), 3L, null);
        CRC64 expected = new CRC64();
        expected.update("abcdef".getBytes(), 6);
        assertEquals(expected.getValue(), second.getServerCRC().longValue());
        assertEquals(Long.toUnsignedString(expected.getValue()), second.getObjectCRC());
        assertEquals(expected.getValue(), emulator.objectMetadata(bucket, "crc").crc64());
        assertEquals(3L, first.getNextPosition());
    }

    @Test
    void appendAtWrongPositionFailsWithPositionNotEqualToLength() {
        append("p", "12345".getBytes(), 0L, null);
        OSSException e = assertThrows(OSSException.class, () -> append("p", "x".getBytes(), 3L, null));
        assertEquals("PositionNotEqualToLength", e.getErrorCode());
        assertArrayEquals("12345".getBytes(), emulator.objectBytes(bucket, "p"));
    }

    @Test
    void firstAppendMustStartAtZero() {
        OSSException e = assertThrows(OSSException.class, () -> append("new", "x".getBytes(), 4L, null));
        assertEquals("PositionNotEqualToLength", e.getErrorCode());
    }

    @Test
    void appendToNormalObjectFailsWithObjectNotAppendable() {
        oss.putObject(bucket, "normal", new ByteArrayInputStream("abc".getBytes()));
        OSSException e = assertThrows(OSSException.class, () -> append("normal", "x".getBytes(), 3L, null));
        assertEquals("ObjectNotAppendable", e.getErrorCode());
    }

    @Test
    void headReportsAppendableTypeAndNextPosition() {
        append("h", "1234".getBytes(), 0L, null);
        ObjectMetadata meta = oss.getObjectMetadata(bucket, "h");
        assertEquals("Appendable", meta.getObjectType());
        assertEquals("4", String.valueOf(meta.getRawMetadata().get("x-oss-next-append-position")));
    }

    private AppendObjectResult append(String key, byte[] data, Long position, Long initCrc) {
        AppendObjectRequest request = new AppendObjectRequest(bucket, key, new ByteArrayInputStream(data), new ObjectMetadata());
        request.setPosition(position);
        if (initCrc != null) {
            request.setInitCRC(initCrc);
        }
        return oss.appendObject(request);
    }
}

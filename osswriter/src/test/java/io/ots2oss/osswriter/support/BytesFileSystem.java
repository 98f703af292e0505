package io.ots2oss.osswriter.support;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PositionedReadable;
import org.apache.hadoop.fs.Seekable;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/** A read-only Hadoop file system of one in-memory file, so that ORC's reader needs none of Hadoop's runtime. */
final class BytesFileSystem extends FileSystem {
    private final byte[] bytes;

    BytesFileSystem(byte[] bytes) {
        this.bytes = bytes;
        setConf(new org.apache.hadoop.conf.Configuration(false));
    }

    @Override
    public URI getUri() {
        return URI.create("bytes:///");
    }

    @Override
    public FSDataInputStream open(Path path, int bufferSize) {
        return new FSDataInputStream(new SeekableBytes(bytes));
    }

    @Override
    public FileStatus getFileStatus(Path path) {
        return new FileStatus(bytes.length, false, 1, bytes.length, 0, path);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission p, boolean o, int b, short r, long s, Progressable pr) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FSDataOutputStream append(Path f, int bufferSize, Progressable progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean rename(Path src, Path dst) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean delete(Path f, boolean recursive) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileStatus[] listStatus(Path f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setWorkingDirectory(Path dir) {
    }

    @Override
    public Path getWorkingDirectory() {
        return new Path("/");
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) {
        throw new UnsupportedOperationException();
    }

    private static final class SeekableBytes extends ByteArrayInputStream implements Seekable, PositionedReadable {
        SeekableBytes(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void seek(long position) {
            pos = (int) position;
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public boolean seekToNewSource(long targetPos) {
            return false;
        }

        @Override
        public int read(long position, byte[] buffer, int offset, int length) {
            if (position >= count) {
                return -1;
            }
            int n = (int) Math.min(length, count - position);
            System.arraycopy(buf, (int) position, buffer, offset, n);
            return n;
        }

        @Override
        public void readFully(long position, byte[] buffer, int offset, int length) throws IOException {
            if (read(position, buffer, offset, length) < length) {
                throw new EOFException("read past the end at " + position);
            }
        }

        @Override
        public void readFully(long position, byte[] buffer) throws IOException {
            readFully(position, buffer, 0, buffer.length);
        }
    }
}

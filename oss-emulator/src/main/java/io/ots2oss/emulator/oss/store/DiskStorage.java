package io.ots2oss.emulator.oss.store;

import io.ots2oss.emulator.oss.Storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** One file per blob under {@code <dir>/blobs}; a blob's file is deleted when its last reference goes. */
public final class DiskStorage implements Storage {
    private final Path blobDirectory;
    private final AtomicLong sequence = new AtomicLong();

    public DiskStorage(Path directory) {
        this.blobDirectory = directory.resolve("blobs");
        try {
            Files.createDirectories(blobDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + blobDirectory, e);
        }
    }

    @Override
    public BlobWriter newWriter(long sizeHint) throws IOException {
        Path file = blobDirectory.resolve(System.nanoTime() + "-" + sequence.incrementAndGet() + ".blob");
        return new Writer(file);
    }

    @Override
    public boolean keepsContent() {
        return true;
    }

    @Override
    public void close() {
        try (var files = Files.list(blobDirectory)) {
            files.forEach(DiskStorage::deleteQuietly);
        } catch (IOException ignored) {
            // best effort: the directory belongs to the caller
        }
    }

    @Override
    public String toString() {
        return "disk(" + blobDirectory.getParent() + ")";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a reader may still hold it open; the OS frees it later
        }
    }

    private static final class Writer implements BlobWriter {
        private final Path file;
        private final FileChannel channel;
        private long size;

        Writer(Path file) throws IOException {
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            size += length;
        }

        @Override
        public Blob finish() throws IOException {
            channel.close();
            return new FileBlob(file, size);
        }

        @Override
        public void abort() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // deleting below is what matters
            }
            deleteQuietly(file);
        }
    }

    private static final class FileBlob extends Blob {
        private final Path file;
        private final long size;

        FileBlob(Path file, long size) {
            this.file = file;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open(long offset, long length) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new LimitedInputStream(Channels.newInputStream(channel), length);
        }

        @Override
        protected void free() {
            deleteQuietly(file);
        }
    }
}

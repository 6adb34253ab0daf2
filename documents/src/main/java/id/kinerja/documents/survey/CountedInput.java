package id.kinerja.documents.survey;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload's bytes, counted as the reader takes them: how far an import has come through its file. */
public final class CountedInput extends FilterInputStream {
    private volatile long count;

    public CountedInput(InputStream input) {
        super(input);
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            count++;
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count += read;
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }
}

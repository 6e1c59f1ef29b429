package dev.conflictstream.schema.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Avro binary encoding and decoding with a per-thread scratch buffer, encoder and decoder.
 *
 * <p>The profile of the stream threads showed a fresh {@code ByteArrayOutputStream} per record
 * growing by copies (a few KB per incident) and a synchronized call per Avro primitive through an
 * unbuffered encoder: a sixth of the aggregate thread. Here each thread writes into one buffer that
 * keeps its size, through a buffered encoder it reuses, and copies the result out once.
 * Serializers are called by the thread that owns the record, never re-entrantly, so one scratch
 * per thread suffices.
 */
public final class AvroBytes {
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private AvroBytes() {}

    /**
     * The data model of a generated record class's schema, with the coders Avro's compiler
     * generates per class switched on (Avro's default is off: system property
     * {@code org.apache.avro.specific.use_custom_coders}, which the project does not set). Every
     * record class of the contract has them, dates and timestamps included (the modified
     * record.vm in src/main/avro-templates), so a record is written and read by straight-line
     * generated code instead of Avro's generic walk over the schema, which resolves each union by
     * a map lookup and each date through a conversion. The bytes are the same
     * ({@code AvroCustomCodersTest}); the model is the class's shared one, so every writer and
     * reader of the class gets the switch.
     */
    public static SpecificData model(Schema schema) {
        SpecificData model = SpecificData.getForSchema(schema);
        model.setCustomCoders(true);
        return model;
    }

    /** {@code header} (may be empty) followed by the Avro binary of {@code value}. */
    public static <T> byte[] write(DatumWriter<T> writer, T value, byte[] header) throws IOException {
        Scratch scratch = SCRATCH.get();
        scratch.out.reset();
        scratch.out.write(header, 0, header.length);
        scratch.encoder = EncoderFactory.get().binaryEncoder(scratch.out, scratch.encoder);
        try {
            writer.write(value, scratch.encoder);
            scratch.encoder.flush();
        } catch (IOException | RuntimeException | Error e) {
            // The encoder still buffers the failed record's first bytes, and re-using it would
            // flush them into the next record: drop it.
            scratch.encoder = null;
            throw e;
        }
        return scratch.out.toByteArray();
    }

    /** Reads one datum from {@code bytes[offset, offset + length)}. */
    public static <T> T read(DatumReader<T> reader, byte[] bytes, int offset, int length) throws IOException {
        Scratch scratch = SCRATCH.get();
        scratch.decoder = DecoderFactory.get().binaryDecoder(bytes, offset, length, scratch.decoder);
        return reader.read(null, scratch.decoder);
    }

    private static final class Scratch {
        final Output out = new Output();
        BinaryEncoder encoder;
        BinaryDecoder decoder;
    }

    /** A growable byte buffer without ByteArrayOutputStream's per-call locking; it keeps its capacity across records. */
    private static final class Output extends OutputStream {
        private byte[] buf = new byte[4096];
        private int count;

        void reset() {
            count = 0;
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }
    }
}
